package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Issue 5's performance figures, run by hand (never by {@code mvn verify}):
 *
 * <pre>
 * mvn -B -q -pl codec,app test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx2g -cp app/target/test-classes:app/target/classes:codec/target/classes:$(cat cp.txt) \
 *     io.hanport.app.store.StoreBench sqlite|postgresql [days]
 * </pre>
 *
 * Imports {@code days} (default 365) of one Swedish meter's 10-second readings, generated on the
 * fly through the codec's mapper, in batches of 10,000 with the default 30-day retention; then
 * times the dashboard's three history queries. Reports the time inside {@link Store#append}
 * separately from generating the readings.
 */
public final class StoreBench {

  private static final int BATCH = 10_000;
  private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
  private static final Duration STEP = Duration.ofSeconds(10);

  private StoreBench() {}

  public static void main(String[] args) throws Exception {
    String engine = args[0];
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
    String db;
    if (engine.equals("sqlite")) {
      Path file = Files.createTempDirectory("hanport-bench").resolve("hanport.db");
      db = "sqlite:" + file;
    } else {
      db = PostgresStoreTest.SERVER + "?schema=hanport_bench";
      PostgresStoreTest.execute("DROP SCHEMA IF EXISTS hanport_bench CASCADE");
    }
    StoreSettings settings =
        new StoreSettings(StoreSettings.DEFAULT_RAW_RETENTION, Clock.fixed(NOW, ZoneOffset.UTC));
    try (Store store = Stores.open(db, SwedishMeter.STOCKHOLM, settings)) {
      importDays(store, days);
      StoreInfo info = store.info();
      System.out.printf(
          "size on disk: %.1f MB, rows %s%n", info.sizeBytes() / 1e6, info.rowsPerTable());
      timeQueries(store);
    }
  }

  private static void importDays(Store store, int days) {
    SwedishMeter meter = new SwedishMeter("main", StoreFixture.HEADER);
    Instant from = NOW.minus(Duration.ofDays(days));
    long count = (long) days * 8640;
    long importMilliWh = 5_000_000_000L;
    long generateNanos = 0;
    long appendNanos = 0;
    long started = System.nanoTime();
    long cpuStarted = processCpuNanos();
    List<MeterReading> batch = new ArrayList<>(BATCH);
    for (long i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      Instant time = from.plus(STEP.multipliedBy(i));
      int powerW = Series.powerAt(time);
      importMilliWh += Math.max(powerW, 0) * 10_000L / 3600;
      batch.add(meter.reading(time, importMilliWh / 1000, 0, powerW));
      generateNanos += System.nanoTime() - t0;
      if (batch.size() == BATCH || i == count - 1) {
        long t1 = System.nanoTime();
        store.append(batch);
        appendNanos += System.nanoTime() - t1;
        batch.clear();
      }
    }
    double wall = (System.nanoTime() - started) / 1e9;
    double cpu = (processCpuNanos() - cpuStarted) / 1e9;
    System.out.printf(
        "imported %,d readings (%d days) in %.1f s wall (%.1f s CPU of this process, all threads):"
            + " %.1f s wall in Store.append (%,.0f readings/s), %.1f s wall generating readings%n",
        count,
        days,
        wall,
        cpu,
        appendNanos / 1e9,
        count / (appendNanos / 1e9),
        generateNanos / 1e9);
  }

  /** The machine is shared: CPU time tells what the work costs, wall time what it got. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void timeQueries(Store store) {
    Instant end = NOW;
    time(
        "a day of 15-minute values",
        () -> store.history("main", end.minus(Duration.ofDays(1)), end, Resolution.QUARTER_HOUR));
    time(
        "a month of days",
        () -> store.history("main", end.minus(Duration.ofDays(31)), end, Resolution.DAY));
    time(
        "five years of months",
        () -> store.history("main", end.minus(Duration.ofDays(5 * 366)), end, Resolution.MONTH));
  }

  private static void time(String name, Supplier<List<EnergyInterval>> query) {
    int rows = 0;
    for (int i = 0; i < 50; i++) {
      rows = query.get().size();
    }
    long[] micros = new long[200];
    for (int i = 0; i < micros.length; i++) {
      long t0 = System.nanoTime();
      query.get();
      micros[i] = (System.nanoTime() - t0) / 1000;
    }
    Arrays.sort(micros);
    System.out.printf(
        "%s (%d rows): median %.2f ms, p99 %.2f ms, max %.2f ms%n",
        name, rows, micros[100] / 1000.0, micros[197] / 1000.0, micros[199] / 1000.0);
  }
}
