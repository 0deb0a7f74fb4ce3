package io.hanport.app.store;

import static io.hanport.app.store.SwedishMeter.STOCKHOLM;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the SQLite engine promises beyond the shared contract (issue 5, "What a user gets"). */
class SqliteEngineTest {

  @TempDir Path directory;

  @Test
  void theFileIsInWalModeWithAutoVacuum() throws Exception {
    Path db = directory.resolve("data/hanport.db");
    Stores.open("sqlite:" + db, STOCKHOLM).close();

    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(statement, "auto_vacuum")).as("1 = full").isEqualTo("1");
    }
  }

  @Test
  void anotherProcessReadsWhileHanportWrites() {
    String db = "sqlite:" + directory.resolve("hanport.db");
    Series series = new Series(new SwedishMeter("main", StoreFixture.HEADER), 1_000, 0);
    series.run(
        Instant.parse("2026-11-19T00:00:00Z"),
        Instant.parse("2026-11-19T02:00:00Z"),
        StoreFixture.TEN_SECONDS);
    try (Store writer = Stores.open(db, STOCKHOLM, StoreFixture.KEEP_ALL);
        Store reader = Stores.open(db, STOCKHOLM, StoreFixture.KEEP_ALL)) {
      writer.append(series.readings.subList(0, 360));
      assertThat(hourRows(reader)).isEqualTo(1);
      writer.append(series.readings.subList(360, 720));
      assertThat(hourRows(reader)).isEqualTo(2);
    }
  }

  @Test
  void pruningGivesSpaceBackToTheFileSystem() {
    String db = "sqlite:" + directory.resolve("hanport.db");
    Series series = new Series(new SwedishMeter("main", StoreFixture.HEADER), 1_000, 0);
    series.run(
        Instant.parse("2026-11-18T00:00:00Z"),
        Instant.parse("2026-11-19T00:00:00Z"),
        StoreFixture.TEN_SECONDS);
    try (Store store = Stores.open(db, STOCKHOLM, StoreFixture.KEEP_ALL)) {
      StoreFixture.appendInBatches(store, series.readings, 1000);
      store.pruneRaw(Instant.EPOCH);
      long full = store.info().sizeBytes();
      store.pruneRaw(Instant.parse("2026-11-19T00:00:00Z"));
      assertThat(store.info().sizeBytes()).isLessThan(full / 2);
    }
  }

  /** Issue 5: a newer hanport migrates an older database, keeping its history. */
  @Test
  void aSchema1DatabaseIsMigratedKeepingItsRollups() throws Exception {
    Path file = directory.resolve("old.db");
    Flyway.configure()
        .dataSource("jdbc:sqlite:" + file, "", "")
        .locations("classpath:db/migration/sqlite")
        .target("1")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO setting VALUES ('zone', 'Europe/Stockholm')");
      statement.execute(
          "INSERT INTO meter (id, name, first_ts, last_ts, register_ts, register_import,"
              + " register_export, register_identity, raw_from, json_dictionary) VALUES (1, 'main',"
              + " 0, 1000, 1000, 5, 0, 'ELL5', 0, x'00')");
      statement.execute(
          "INSERT INTO rollup VALUES (1, '1d', 0, 86400000, 4000000, 0, 86400000, 0, 0, 8640, 0,"
              + " NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL)");
    }

    try (Store store = Stores.open("sqlite:" + file, STOCKHOLM)) {
      assertThat(store.history("main", Instant.EPOCH, Instant.ofEpochSecond(86400), Resolution.DAY))
          .singleElement()
          .satisfies(day -> assertThat(day.importKwh()).isEqualByComparingTo("4"));
      assertThat(store.info().rowsPerTable()).containsEntry("raw_reading", 0L);
      assertThat(store.meters()).extracting(MeterInfo::name).containsExactly("main");
    }
  }

  private static long hourRows(Store store) {
    return store
        .history("main", StoreFixture.EVER_FROM, StoreFixture.EVER_TO, Resolution.HOUR)
        .size();
  }

  private static String pragma(Statement statement, String name) throws Exception {
    try (ResultSet row = statement.executeQuery("PRAGMA " + name)) {
      row.next();
      return row.getString(1);
    }
  }
}
