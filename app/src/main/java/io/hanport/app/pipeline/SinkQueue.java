package io.hanport.app.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sink's bounded queue and the thread that feeds it. Decoding only ever adds to the queue, so a
 * slow sink never holds it up; when the queue is full, the oldest reading is dropped and counted,
 * because the newest is what a live view and a store most need.
 */
final class SinkQueue {

  private static final Logger LOG = LoggerFactory.getLogger(SinkQueue.class);

  private final String name;
  private final ReadingSink sink;
  private final int capacity;
  private final ArrayDeque<MeterReading> queue = new ArrayDeque<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Thread worker;
  private boolean closing;
  private boolean busy;
  private long dropped;
  private long failures;

  SinkQueue(String name, ReadingSink sink, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a sink queue holds at least 1 reading, not " + capacity);
    }
    this.name = name;
    this.sink = sink;
    this.capacity = capacity;
    this.worker = new Thread(this::deliver, "hanport-sink-" + name);
    worker.setDaemon(true);
  }

  void start() {
    worker.start();
  }

  void offer(MeterReading reading) {
    lock.lock();
    try {
      if (queue.size() == capacity) {
        queue.pollFirst();
        if (dropped++ == 0) {
          LOG.warn(
              "sink {} falls behind: its queue of {} is full, dropping the oldest readings",
              name,
              capacity);
        }
      }
      queue.addLast(reading);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  PipelineStatus.SinkStatus status() {
    lock.lock();
    try {
      return new PipelineStatus.SinkStatus(name, queue.size(), capacity, dropped, failures);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Delivers what is queued, waiting at most {@code drain} for a slow sink, then closes the sink:
   * readings are not silently lost while the sink keeps up. An interrupt cuts the wait short.
   */
  void close(Duration drain) {
    try {
      awaitDrained(drain);
      worker.interrupt();
      worker.join(TimeUnit.NANOSECONDS.toMillis(drain.toNanos()) + 1);
    } catch (InterruptedException hurry) {
      worker.interrupt();
      Thread.currentThread().interrupt();
    } finally {
      sink.close();
    }
  }

  private void awaitDrained(Duration drain) throws InterruptedException {
    lock.lock();
    try {
      closing = true;
      changed.signalAll();
      long left = drain.toNanos();
      while ((!queue.isEmpty() || busy) && left > 0) {
        left = changed.awaitNanos(left);
      }
      if (!queue.isEmpty()) {
        LOG.warn("sink {}: {} readings not delivered at shutdown", name, queue.size());
      }
    } finally {
      lock.unlock();
    }
  }

  private void deliver() {
    while (true) {
      MeterReading next = take();
      if (next == null) {
        return;
      }
      try {
        sink.accept(next);
      } catch (RuntimeException broken) {
        // The worker is the sink's boundary: a bug in one sink must not stop readings reaching the
        // others, nor stop this sink from getting the next reading. Counted and logged, not hidden.
        LOG.error("sink {} failed on a reading from {}", name, next.source(), broken);
        recordFailure();
      } finally {
        idle();
      }
    }
  }

  private MeterReading take() {
    lock.lock();
    try {
      while (queue.isEmpty()) {
        if (closing) {
          return null;
        }
        changed.await();
      }
      busy = true;
      return queue.pollFirst();
    } catch (InterruptedException closed) {
      return null;
    } finally {
      lock.unlock();
    }
  }

  private void idle() {
    lock.lock();
    try {
      busy = false;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void recordFailure() {
    lock.lock();
    try {
      failures++;
    } finally {
      lock.unlock();
    }
  }
}
