package io.hanport.app.store;

import static io.hanport.app.store.SwedishMeter.STOCKHOLM;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
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
    series.run(Instant.parse("2026-11-19T00:00:00Z"), Instant.parse("2026-11-19T02:00:00Z"), StoreFixture.TEN_SECONDS);
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
    series.run(Instant.parse("2026-11-18T00:00:00Z"), Instant.parse("2026-11-19T00:00:00Z"), StoreFixture.TEN_SECONDS);
    try (Store store = Stores.open(db, STOCKHOLM, StoreFixture.KEEP_ALL)) {
      StoreFixture.appendInBatches(store, series.readings, 1000);
      store.pruneRaw(Instant.EPOCH);
      long full = store.info().sizeBytes();
      store.pruneRaw(Instant.parse("2026-11-19T00:00:00Z"));
      assertThat(store.info().sizeBytes()).isLessThan(full / 2);
    }
  }

  private static long hourRows(Store store) {
    return store.history("main", StoreFixture.EVER_FROM, StoreFixture.EVER_TO, Resolution.HOUR).size();
  }

  private static String pragma(Statement statement, String name) throws Exception {
    try (ResultSet row = statement.executeQuery("PRAGMA " + name)) {
      row.next();
      return row.getString(1);
    }
  }
}
