package io.hanport.app.store;

import static io.hanport.app.store.SwedishMeter.STOCKHOLM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5: a warning when free space runs low, raw readings pruned before the disk fills. */
class DiskGuardTest {

  @TempDir Path directory;

  @Test
  void plentyOfSpaceIsOk() {
    try (Store store = storeWithTwoDays()) {
      DiskGuard.Status status = new DiskGuard(store, new DiskPolicy(1, 0)).check();
      assertThat(status.level()).isEqualTo(DiskGuard.Level.OK);
      assertThat(status.freeBytes()).isPresent();
    }
  }

  @Test
  void belowTheWarningTheStatusSaysSoAndNothingIsPruned() {
    try (Store store = storeWithTwoDays()) {
      DiskGuard.Status status = new DiskGuard(store, new DiskPolicy(Long.MAX_VALUE, 0)).check();
      assertThat(status.level()).isEqualTo(DiskGuard.Level.LOW);
      assertThat(status.message()).contains("MB free on the database's disk");
      assertThat(store.info().rowsPerTable()).containsEntry("raw_reading", 2 * 1440L);
    }
  }

  @Test
  void belowThePruneLevelRawReadingsGoOldestFirstAndRollupsStay() {
    try (Store store = storeWithTwoDays()) {
      int rollups = store.info().rowsPerTable().get("rollup").intValue();
      DiskGuard.Status status =
          new DiskGuard(store, new DiskPolicy(Long.MAX_VALUE, Long.MAX_VALUE)).check();
      assertThat(status.level()).isEqualTo(DiskGuard.Level.PRUNED);
      assertThat(status.prunedRows()).isEqualTo(2 * 1440);
      assertThat(store.info().rowsPerTable())
          .containsEntry("raw_reading", 0L)
          .containsEntry("rollup", (long) rollups);
    }
  }

  @Test
  void pruningCannotStartBeforeTheWarning() {
    assertThatThrownBy(() -> new DiskPolicy(10, 20)).isInstanceOf(IllegalArgumentException.class);
  }

  private Store storeWithTwoDays() {
    Store store =
        Stores.open("sqlite:" + directory.resolve("hanport.db"), STOCKHOLM, StoreFixture.KEEP_ALL);
    Series series = new Series(new SwedishMeter("main", StoreFixture.HEADER), 1_000, 0);
    series.run(
        Instant.parse("2026-11-17T00:00:00Z"),
        Instant.parse("2026-11-19T00:00:00Z"),
        Duration.ofMinutes(1));
    StoreFixture.appendInBatches(store, series.readings, 2000);
    return store;
  }
}
