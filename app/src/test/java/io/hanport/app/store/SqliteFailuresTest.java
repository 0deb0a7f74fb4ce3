package io.hanport.app.store;

import static io.hanport.app.store.SwedishMeter.STOCKHOLM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: bad configuration gives one clear line, not a stack trace. {@link StoreException} is
 * stackless, so the CLI has nothing else to print.
 */
class SqliteFailuresTest {

  @TempDir Path directory;

  @Test
  void aDbPathUnderAFileSaysSoAndHowToFixIt() throws Exception {
    Files.writeString(directory.resolve("notes"), "not a directory");
    Path db = directory.resolve("notes/data/hanport.db");

    assertThatThrownBy(() -> Stores.open("sqlite:" + db, STOCKHOLM))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "cannot create " + db.getParent() + ": not a directory. Choose a writable --db path")
        .satisfies(failure -> assertThat(failure.getStackTrace()).isEmpty());
  }

  @Test
  void aReadOnlyFileSystemIsAnUnwritablePath() throws Exception {
    try (TinyFilesystem readOnly = TinyFilesystem.mount(directory.resolve("ro"), "ro,size=1m")) {
      Path db = readOnly.mountPoint.resolve("data/hanport.db");
      assertThatThrownBy(() -> Stores.open("sqlite:" + db, STOCKHOLM))
          .isInstanceOf(StoreException.class)
          .hasMessage(
              "cannot create "
                  + db.getParent()
                  + ": read-only file system. Choose a writable --db path");
    }
  }

  @Test
  void aFileThatIsNoDatabaseIsNamed() throws Exception {
    Path db = directory.resolve("hanport.db");
    Files.write(db, new byte[4096]);
    Files.writeString(
        db, "this is a shopping list, not a database, and it is long enough to check".repeat(60));

    assertThatThrownBy(() -> Stores.open("sqlite:" + db, STOCKHOLM))
        .isInstanceOf(StoreException.class)
        .hasMessage(db + " is not a SQLite database. Choose another --db path");
  }

  @Test
  void anUnknownDbSchemeListsTheKnownOnes() {
    assertThatThrownBy(() -> Stores.open("mysql://localhost/hanport", STOCKHOLM))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "unknown --db 'mysql://localhost/hanport': use sqlite:PATH or"
                + " postgresql://user:password@host:5432/database");
  }

  @Test
  void aFullDiskStopsTheWriteWithOneLineAndKeepsWhatWasCommitted() throws Exception {
    try (TinyFilesystem tiny = TinyFilesystem.mount(directory.resolve("tiny"), "size=1m")) {
      String db = "sqlite:" + tiny.mountPoint.resolve("hanport.db");
      SwedishMeter meter = new SwedishMeter("main", StoreFixture.HEADER);
      Series series = new Series(meter, 1_000, 0);
      series.run(
          Instant.parse("2026-11-19T00:00:00Z"),
          Instant.parse("2026-11-20T00:00:00Z"),
          StoreFixture.TEN_SECONDS);
      try (Store store = Stores.open(db, STOCKHOLM, StoreFixture.KEEP_ALL)) {
        assertThatThrownBy(
                () -> {
                  for (int from = 0; from < series.readings.size(); from += 100) {
                    store.append(series.readings.subList(from, from + 100));
                  }
                })
            .isInstanceOf(StoreException.class)
            .hasMessage(
                "disk full: cannot write "
                    + tiny.mountPoint.resolve("hanport.db")
                    + ". Free some space, or prune raw readings (hanport db prune)");
        int committed = store.info().rowsPerTable().get("raw_reading").intValue();
        assertThat(committed).isPositive().isLessThan(series.readings.size());
        assertThat(committed % 100).isZero();
      }
    }
  }
}
