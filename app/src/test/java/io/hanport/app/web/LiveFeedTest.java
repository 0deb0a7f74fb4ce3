package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The live hub: fan-out, bounded per-client queues, a slow client dropped and not the rest. */
class LiveFeedTest {

  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  /**
   * A browser whose connection takes nothing: every write blocks until {@link #timeOut}, as
   * Jetty's idle timeout would end it.
   */
  private static final class StuckBrowser extends OutputStream {
    final CountDownLatch firstWrite = new CountDownLatch(1);
    private final CountDownLatch timedOut = new CountDownLatch(1);

    @Override
    public void write(int b) throws IOException {
      firstWrite.countDown();
      try {
        timedOut.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("idle timeout");
    }

    void timeOut() {
      timedOut.countDown();
    }
  }

  /** A browser that takes everything, and counts reading events. */
  private static final class FastBrowser extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      bytes.write(b);
    }

    synchronized int readings() {
      return bytes.toString(StandardCharsets.UTF_8).split("event: reading", -1).length - 1;
    }
  }

  @Test
  void aClientThatFallsAQueueBehindIsDroppedAndTheOthersGetEveryReading() throws Exception {
    LiveFeed feed = new LiveFeed(4, Duration.ofHours(1), 10);
    StuckBrowser stuck = new StuckBrowser();
    FastBrowser fast = new FastBrowser();
    StreamClient stuckClient = feed.subscribe(Optional.empty(), stuck, Optional.empty()).get();
    feed.subscribe(Optional.empty(), fast, Optional.empty());
    assertThat(stuck.firstWrite.await(5, TimeUnit.SECONDS)).isTrue();

    long startNanos = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      feed.accept(reading(i));
      Thread.sleep(5);
    }
    long acceptMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);

    assertThat(feed.droppedClients()).isEqualTo(1);
    assertThat(feed.clients()).isEqualTo(1);
    waitFor(() -> fast.readings() == 20);
    assertThat(acceptMillis).as("accept never waits on a browser").isLessThan(2000);
    assertThat(stuckClient.ended()).isNotDone();
    stuck.timeOut();
    assertThat(stuckClient.ended().get(5, TimeUnit.SECONDS)).isNull();
    feed.close();
  }

  @Test
  void aClientForOneMeterGetsOnlyThatMetersReadings() throws Exception {
    LiveFeed feed = new LiveFeed(16, Duration.ofHours(1), 10);
    FastBrowser garage = new FastBrowser();
    feed.subscribe(Optional.of("garage"), garage, Optional.empty());

    feed.accept(reading(0));
    feed.accept(WebReadings.swedish("garage", START));

    waitFor(() -> garage.readings() == 1);
    Thread.sleep(100);
    assertThat(garage.readings()).isEqualTo(1);
    feed.close();
  }

  @Test
  void closingEndsEveryStreamAndRefusesNewOnes() throws Exception {
    LiveFeed feed = new LiveFeed(16, Duration.ofHours(1), 10);
    StreamClient client = feed.subscribe(Optional.empty(), new FastBrowser(), Optional.empty())
        .orElseThrow();

    feed.close();

    assertThat(client.ended().get(5, TimeUnit.SECONDS)).isNull();
    assertThat(feed.subscribe(Optional.empty(), new FastBrowser(), Optional.empty())).isEmpty();
  }

  @Test
  void noMoreClientsThanTheLimit() {
    LiveFeed feed = new LiveFeed(16, Duration.ofHours(1), 2);
    feed.subscribe(Optional.empty(), new FastBrowser(), Optional.empty());
    feed.subscribe(Optional.empty(), new FastBrowser(), Optional.empty());

    assertThat(feed.subscribe(Optional.empty(), new FastBrowser(), Optional.empty())).isEmpty();
    feed.close();
  }

  @Test
  void latestAndTheLastHourOfPowerAreRemembered() {
    LiveFeed feed = new LiveFeed();

    feed.accept(reading(0));
    feed.accept(reading(400));

    assertThat(feed.latest("main").orElseThrow().received()).isEqualTo(START.plusSeconds(400));
    assertThat(feed.latest("garage")).isEmpty();
    assertThat(feed.recentPower("main", START.plusSeconds(3700)))
        .containsExactly(new PowerWindow.Sample(START.plusSeconds(400), 1727, 0));
  }

  private static MeterReading reading(int seconds) {
    return WebReadings.swedish("main", START.plusSeconds(seconds));
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
