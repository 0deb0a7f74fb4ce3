package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.testing.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 5's performance figures. Never part of {@code mvn verify} (the name matches no surefire
 * pattern, and it needs {@code -Dstore.bench}); run it from the repository root with
 *
 * <pre>
 * mvn -B -q -pl app -am test -Dtest=StoreBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dstore.bench=sqlite,postgresql
 * </pre>
 *
 * Optional: {@code -Dstore.bench.days=365} (the year), {@code -Dstore.bench.meters=20} and {@code
 * -Dstore.bench.street-days=3} (the street). PostgreSQL is the machine's test server, as in {@link
 * PostgresStoreTest}. The report goes to the console and to {@code app/target/store-bench.txt}.
 *
 * <p>Two workloads per engine, both in batches of {@link BatchingWriter#DEFAULT_MAX_BATCH} and with
 * readings generated through the codec's mapper outside the timed part:
 *
 * <ul>
 *   <li>year: a year of one Swedish meter's 10-second readings imported with the default 30-day
 *       retention (what {@code hanport import} of a year's capture does), then the dashboard's
 *       three history queries and the size on disk;
 *   <li>street: many meters sending live, interleaved in time, every reading kept raw: sustained
 *       ingest, the figure for "one instance holds a street of meters".
 * </ul>
 *
 * The machine is shared, so besides wall-clock rates it reports CPU time: of the writing thread
 * and, for PostgreSQL, of the server processes serving the store ({@link BenchClock}).
 */
class StoreBench {

  private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
  private static final Duration STEP = Duration.ofSeconds(10);
  private static final int BATCH = BatchingWriter.DEFAULT_MAX_BATCH;
  private static final String SCHEMA = "hanport_bench";

  @Test
  @EnabledIfSystemProperty(named = "store.bench", matches = ".+")
  void measure() throws Exception {
    BenchReport report = new BenchReport();
    Path scratch = Files.createTempDirectory("hanport-bench");
    try {
      for (String engine : System.getProperty("store.bench").split(",")) {
        int days = Integer.getInteger("store.bench.days", 365);
        int meters = Integer.getInteger("store.bench.meters", 20);
        int streetDays = Integer.getInteger("store.bench.street-days", 3);
        report.line("== %s, load average %s", engine, BenchClock.loadAverage());
        year(freshDatabase(engine.trim(), scratch.resolve("year.db")), days, report);
        street(
            freshDatabase(engine.trim(), scratch.resolve("street.db")), meters, streetDays, report);
      }
    } finally {
      deleteTree(scratch);
      if (System.getProperty("store.bench").contains("postgresql")) {
        PostgresStoreTest.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      }
    }
    report.save(Path.of("target", "store-bench.txt"));
  }

  private static void year(String database, int days, BenchReport report) {
    StoreSettings settings =
        new StoreSettings(StoreSettings.DEFAULT_RAW_RETENTION, Clock.fixed(NOW, ZoneOffset.UTC));
    try (Store store = Stores.open(database, SwedishMeter.STOCKHOLM, settings)) {
      SwedishMeter meter = new SwedishMeter("main", StoreFixture.HEADER);
      Instant from = NOW.minus(Duration.ofDays(days));
      long[] importMilliWh = {5_000_000_000L};
      BenchClock clock = new BenchClock(database.startsWith("postgresql:"));
      long count = (long) days * 8640;
      List<MeterReading> batch = new ArrayList<>(BATCH);
      for (long i = 0; i < count; i++) {
        Instant time = from.plus(STEP.multipliedBy(i));
        batch.add(next(meter, time, importMilliWh, 0));
        if (batch.size() == BATCH || i == count - 1) {
          clock.append(store, batch);
          batch.clear();
        }
      }
      report.ingest(String.format("year (%d days, 30-day retention)", days), count, clock);
      StoreInfo info = store.info();
      report.line(
          "  size on disk %.1f MB (%.0f %% of 100 MB), rows %s",
          info.sizeBytes() / 1e6, info.sizeBytes() / 1e6, info.rowsPerTable());
      report.queries(store, NOW);
    }
  }

  private static void street(String database, int meters, int days, BenchReport report) {
    StoreSettings settings =
        new StoreSettings(Duration.ofDays(days + 1L), Clock.fixed(NOW, ZoneOffset.UTC));
    try (Store store = Stores.open(database, SwedishMeter.STOCKHOLM, settings)) {
      List<SwedishMeter> street = new ArrayList<>();
      long[] registers = new long[meters];
      for (int m = 0; m < meters; m++) {
        street.add(new SwedishMeter("house-" + m, "ELL5\\2538336" + m + "_A"));
        registers[m] = 1_000_000_000L * (m + 1);
      }
      BenchClock clock = new BenchClock(database.startsWith("postgresql:"));
      Instant from = NOW.minus(Duration.ofDays(days));
      long steps = (long) days * 8640;
      List<MeterReading> batch = new ArrayList<>(BATCH);
      long[] register = new long[1];
      for (long i = 0; i < steps; i++) {
        Instant time = from.plus(STEP.multipliedBy(i));
        for (int m = 0; m < meters; m++) {
          register[0] = registers[m];
          batch.add(next(street.get(m), time, register, m));
          registers[m] = register[0];
          if (batch.size() == BATCH) {
            clock.append(store, batch);
            batch.clear();
          }
        }
      }
      clock.append(store, batch);
      report.ingest(
          String.format("street (%d meters, %d days, all kept raw)", meters, days),
          steps * meters,
          clock);
    }
  }

  /** The meter's reading at a time; the import register (mWh) moves on by the load. */
  private static MeterReading next(SwedishMeter meter, Instant time, long[] importMilliWh, int m) {
    int powerW = Series.powerAt(time.plusSeconds(m * 37L));
    importMilliWh[0] += Math.max(powerW, 0) * 10_000L / 3600;
    return meter.reading(time, importMilliWh[0] / 1000, 0, powerW);
  }

  /** A SQLite file in the scratch directory, or the bench schema on the server, emptied. */
  private static String freshDatabase(String engine, Path sqliteFile) {
    if (engine.equals("sqlite")) {
      return "sqlite:" + sqliteFile;
    }
    if (!engine.equals("postgresql")) {
      throw new IllegalArgumentException("store.bench: sqlite or postgresql, not " + engine);
    }
    Services.assumeReachable(PostgresStoreTest.HOST, PostgresStoreTest.PORT, "PostgreSQL");
    PostgresStoreTest.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    return PostgresStoreTest.SERVER
        + "?schema="
        + SCHEMA
        + "&ApplicationName="
        + BenchClock.APPLICATION_NAME;
  }

  private static void deleteTree(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(file);
      }
    }
  }
}
