package io.hanport.app.store;

import static io.hanport.app.store.SwedishMeter.STOCKHOLM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes batched by time or size, one transaction each; close flushes (issue 5). */
class BatchingWriterTest {

  @TempDir Path directory;

  private final Series series =
      new Series(new SwedishMeter("main", StoreFixture.HEADER), 1_000, 0)
          .run(
              Instant.parse("2026-11-19T00:00:00Z"),
              Instant.parse("2026-11-19T00:10:00Z"),
              StoreFixture.TEN_SECONDS);

  @Test
  void nothingIsWrittenBeforeTheIntervalAndEverythingOnClose() {
    try (Store store = open()) {
      BatchingWriter writer = new BatchingWriter(store, Duration.ofHours(1), 1000, 10_000);
      series.readings.forEach(writer::accept);
      assertThat(rawRows(store)).isZero();
      writer.close();
      assertThat(rawRows(store)).isEqualTo(60);
    }
  }

  @Test
  void aFullBatchIsWrittenWithoutWaitingForTheInterval() throws Exception {
    try (Store store = open();
        BatchingWriter writer = new BatchingWriter(store, Duration.ofHours(1), 25, 10_000)) {
      series.readings.forEach(writer::accept);
      // Two full batches of 25 go out at once; whether the last 10 ride along depends on when
      // the writer thread wakes, so only the full batches are certain before the hour is up.
      assertThat(eventually(() -> rawRows(store) >= 50)).isTrue();
    }
  }

  @Test
  void theIntervalFlushesWhatWaits() throws Exception {
    try (Store store = open();
        BatchingWriter writer = new BatchingWriter(store, Duration.ofMillis(100), 1000, 10_000)) {
      writer.accept(series.readings.get(0));
      assertThat(eventually(() -> rawRows(store) == 1)).isTrue();
    }
  }

  @Test
  void whileTheStoreFailsReadingsWaitUpToTheBoundAndTheOldestGo() throws Exception {
    Store store = open();
    store.close();
    BatchingWriter writer = new BatchingWriter(store, Duration.ofHours(1), 10, 40);
    series.readings.forEach(writer::accept);

    assertThat(eventually(() -> writer.dropped() == 20)).isTrue();
    assertThatThrownBy(writer::close).isInstanceOf(StoreException.class);
    assertThat(writer.dropped()).isEqualTo(20);
  }

  private Store open() {
    return Stores.open(
        "sqlite:" + directory.resolve("hanport.db"), STOCKHOLM, StoreFixture.KEEP_ALL);
  }

  private static long rawRows(Store store) {
    return store.info().rowsPerTable().get("raw_reading");
  }

  private static boolean eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }
}
