package io.hanport.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A sink that keeps what it gets, and can be held up to play a slow one. */
final class CollectingSink implements ReadingSink {

  private final List<MeterReading> readings = new ArrayList<>();
  private final CountDownLatch release;
  private volatile boolean closed;

  CollectingSink() {
    this(new CountDownLatch(0));
  }

  private CollectingSink(CountDownLatch release) {
    this.release = release;
  }

  /** A sink that blocks in {@code accept} until {@link #release()}. */
  static CollectingSink heldUp() {
    return new CollectingSink(new CountDownLatch(1));
  }

  void release() {
    release.countDown();
  }

  @Override
  public void accept(MeterReading reading) {
    synchronized (this) {
      readings.add(reading);
      notifyAll();
    }
    try {
      release.await();
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
  }

  boolean closed() {
    return closed;
  }

  synchronized List<MeterReading> readings() {
    return new ArrayList<>(readings);
  }

  /** Waits until at least {@code count} readings arrived; fails the test after {@code timeout}. */
  synchronized List<MeterReading> await(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (readings.size() < count) {
      long left = deadline - System.nanoTime();
      assertThat(left)
          .as("%d readings within %s, got %d", count, timeout, readings.size())
          .isPositive();
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return new ArrayList<>(readings);
  }
}
