package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Load benchmark of the web layer (issue 6, "Load"), not a unit test: 200 browsers on the live
 * stream and 50 history requests a second for a minute, all on 127.0.0.1, one reading a second
 * (a DSMR 5 meter's pace). Reports history latency percentiles, stream delivery latency, dropped
 * clients, and heap after GC over time. Client and server share this JVM and its two cores.
 *
 * <p>Run (about 90 s; the report is printed and written to {@code app/target/web-load.md}):
 * {@code mvn -B -o -q test -pl app -am -Dtest=WebLoadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.skip} (add {@code -Dhanport.webload.seconds=N}
 * for another duration). Surefire runs it only when named, as its name matches no test pattern.
 */
class WebLoadBenchmark {

  private static final int SSE_CLIENTS = 200;
  private static final int HISTORY_PER_SECOND = 50;

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();
  private final ConcurrentLinkedQueue<Long> historyNanos = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Long> deliveryMillis = new ConcurrentLinkedQueue<>();
  private final AtomicLong historyErrors = new AtomicLong();
  private final List<StreamCounter> streams = new ArrayList<>();
  private final double loadAtStart =
      ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  private double cpuSeconds;
  private long heapBefore;
  private long heapAfter;
  private long lostClients;

  @Test
  void twoHundredStreamsAndFiftyHistoryRequestsASecondForAMinute() throws Exception {
    int seconds = Integer.getInteger("hanport.webload.seconds", 60);
    String report = run(seconds);
    System.out.println(report);
    Files.writeString(Path.of("target", "web-load.md"), report);
    assertThat(lostClients).as("clients dropped or streams ended during the load").isZero();
    assertThat(historyErrors.get()).isZero();
  }

  private String run(int seconds) throws Exception {
    Instant now = Instant.now();
    FakeBackend backend = new FakeBackend().withHistory(new SyntheticHistory(TestServer.STOCKHOLM,
        now.minus(Duration.ofDays(800)), now, now.minus(Duration.ofDays(3))));
    LiveFeed feed = new LiveFeed();
    MeterReading template = WebReadings.swedish("main", now);
    backend.withReading(template);
    try (TestServer server = new TestServer(backend, feed, Optional.empty(), Clock.systemUTC())) {
      String base = "http://127.0.0.1:" + server.server.port();
      for (int i = 0; i < SSE_CLIENTS; i++) {
        streams.add(StreamCounter.open(client, URI.create(base + "/api/v1/stream"),
            deliveryMillis));
      }
      awaitConnected(feed);
      heapBefore = heapAfterFullGc();
      ScheduledExecutorService load = Executors.newScheduledThreadPool(2);
      AtomicLong published = new AtomicLong();
      load.scheduleAtFixedRate(() -> {
        feed.accept(new MeterReading("main", "bench", Instant.now(), template.reading(),
            template.frame()));
        published.incrementAndGet();
      }, 0, 1, TimeUnit.SECONDS);
      long[] request = {0};
      load.scheduleAtFixedRate(() -> history(base, request[0]++), 0,
          1_000_000 / HISTORY_PER_SECOND, TimeUnit.MICROSECONDS);
      long cpuStart = processCpuNanos();
      List<String> heap = sampleHeap(seconds);
      cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      load.shutdownNow();
      Thread.sleep(2000);
      heapAfter = heapAfterFullGc();
      return report(seconds, feed, published.get(), heap);
    }
  }

  private void awaitConnected(LiveFeed feed) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (feed.clients() < SSE_CLIENTS && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    if (feed.clients() < SSE_CLIENTS) {
      throw new IllegalStateException("only " + feed.clients() + " streams connected");
    }
  }

  /** Cycles through a day by hours and quarters, a month by days and a year by months. */
  private void history(String base, long number) {
    LocalDate day = LocalDate.now(TestServer.STOCKHOLM).minusDays(number % 30);
    String[] queries = {
      "from=" + day + "&to=" + day.plusDays(1) + "&resolution=1h",
      "from=" + day + "&to=" + day.plusDays(1) + "&resolution=15m",
      "from=" + day.withDayOfMonth(1) + "&to=" + day.withDayOfMonth(1).plusMonths(1)
          + "&resolution=1d",
      "from=" + day.withDayOfYear(1) + "&to=" + day.withDayOfYear(1).plusYears(1)
          + "&resolution=1M",
    };
    HttpRequest request = HttpRequest.newBuilder(
        URI.create(base + "/api/v1/history?" + queries[(int) (number % queries.length)])).build();
    long start = System.nanoTime();
    client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
      if (e != null || r.statusCode() != 200) {
        historyErrors.incrementAndGet();
      } else {
        historyNanos.add(System.nanoTime() - start);
      }
    });
  }

  /**
   * Heap in use after the latest collection, every ten seconds: the live set, measured without
   * forcing a collection that would pause the very requests being timed.
   */
  private static List<String> sampleHeap(int seconds) throws InterruptedException {
    List<String> samples = new ArrayList<>();
    for (int elapsed = 0; elapsed <= seconds; elapsed += 10) {
      long afterGc = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
          .mapToLong(pool -> pool.getCollectionUsage().getUsed())
          .sum();
      samples.add(String.format("%d s: %.1f MB", elapsed, afterGc / 1e6));
      Thread.sleep(Math.min(10, seconds - elapsed) * 1000L);
      if (elapsed + 10 > seconds) {
        break;
      }
    }
    return samples;
  }

  private String report(int seconds, LiveFeed feed, long published, List<String> heap) {
    long[] history = historyNanos.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] delivery = deliveryMillis.stream().mapToLong(Long::longValue).sorted().toArray();
    long fewest = streams.stream().mapToLong(StreamCounter::readings).min().orElse(0);
    long ended = streams.stream().filter(StreamCounter::ended).count();
    lostClients = feed.droppedClients() + ended;
    return String.join("\n",
        "## Run " + Instant.now() + " (" + seconds + " s, JDK " + Runtime.version() + ", "
            + Runtime.getRuntime().availableProcessors() + " cores)",
        "",
        "| figure | value |",
        "|---|---|",
        "| history requests answered (200) | " + history.length + " |",
        "| history requests failed | " + historyErrors.get() + " |",
        "| history latency p50 / p95 / p99 / max | " + millis(history, 50) + " / "
            + millis(history, 95) + " / " + millis(history, 99) + " / "
            + millis(history, 100) + " ms |",
        "| readings published / SSE clients | " + published + " / " + SSE_CLIENTS + " |",
        "| events delivered | " + delivery.length + " (fewest per client: " + fewest + ") |",
        "| delivery latency p50 / p99 / max | " + pct(delivery, 50) + " / " + pct(delivery, 99)
            + " / " + pct(delivery, 100) + " ms |",
        "| clients dropped by the server / streams ended at a client / still connected | "
            + feed.droppedClients() + " / " + ended + " / " + feed.clients() + " |",
        String.format("| CPU used by this JVM (server and clients) | %.1f s of %d s |",
            cpuSeconds, seconds),
        String.format("| machine load average (%d cores) at start / end | %.1f / %.1f |",
            Runtime.getRuntime().availableProcessors(), loadAtStart,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
        String.format("| heap after full GC, before / after the load | %.1f / %.1f MB |",
            heapBefore / 1e6, heapAfter / 1e6),
        "| heap after the latest GC, every 10 s | " + String.join(", ", heap) + " |",
        "");
  }

  /**
   * Heap in use once collections have freed what they can: before the load starts and after it
   * ends, with every client still connected, so that the two compare the same live set.
   */
  private static long heapAfterFullGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String millis(long[] sortedNanos, int percentile) {
    return String.format("%.1f", pct(sortedNanos, percentile) / 1e6);
  }

  private static long pct(long[] sorted, int percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
