package io.hanport.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: after {@code kill -9} during ingest the database opens clean, holds every batch the
 * killed process reported committed, nothing twice, and ingest resumes.
 */
class SqliteCrashSafetyTest {

  private static final int BATCHES_BEFORE_KILL = 25;

  @TempDir Path directory;

  @Test
  @Timeout(120)
  void killNineDuringIngestLosesNoCommittedBatchAndDuplicatesNothing() throws Exception {
    Path db = directory.resolve("crash/hanport.db");
    int lastReported = runChildAndKillIt(db);
    assertThat(lastReported).isGreaterThanOrEqualTo(BATCHES_BEFORE_KILL - 1);

    try (Store store = Stores.open("sqlite:" + db, SwedishMeter.STOCKHOLM, StoreFixture.KEEP_ALL)) {
      long raw = store.info().rowsPerTable().get("raw_reading");
      assertThat(raw % CrashIngestChild.BATCH).as("whole batches only").isZero();
      long batches = raw / CrashIngestChild.BATCH;
      assertThat(batches)
          .as("every reported batch, at most one more")
          .isBetween(lastReported + 1L, lastReported + 2L);
      assertRollupsAgreeWithRaw(store, raw);

      AppendResult resumed = new AppendResult(0, 0);
      for (int batch = 0; batch < batches + 10; batch++) {
        resumed = resumed.plus(store.append(CrashIngestChild.batch(batch)));
      }
      assertThat(resumed).isEqualTo(new AppendResult(10 * CrashIngestChild.BATCH, (int) raw));
      assertRollupsAgreeWithRaw(store, raw + 10 * CrashIngestChild.BATCH);
    }
  }

  /** Rollups and raw rows are written in one transaction: they must tell the same story. */
  private static void assertRollupsAgreeWithRaw(Store store, long readings) {
    List<EnergyInterval> quarters =
        store.history(
            "main", StoreFixture.EVER_FROM, StoreFixture.EVER_TO, Resolution.QUARTER_HOUR);
    assertThat(quarters.stream().mapToLong(EnergyInterval::readings).sum()).isEqualTo(readings);
    assertThat(StoreFixture.sum(quarters))
        .isEqualByComparingTo(StoreFixture.kwh(3 * (readings - 1)));
  }

  /**
   * The child's stdout goes to a file, not a pipe: killing a process closes its pipes on our side
   * too, and the lines printed just before the kill are the ones that matter.
   */
  private int runChildAndKillIt(Path db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = directory.resolve("child.out");
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashIngestChild.class.getName(),
                db.toString())
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    while (child.isAlive() && Files.readAllLines(out).size() < BATCHES_BEFORE_KILL) {
      Thread.sleep(20);
    }
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("killed, not finished").isEqualTo(137);
    List<String> lines = Files.readAllLines(out);
    String last = lines.get(lines.size() - 1);
    return Integer.parseInt(last.substring("committed ".length()));
  }
}
