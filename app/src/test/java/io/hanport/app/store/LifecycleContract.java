package io.hanport.app.store;

import static io.hanport.app.store.StoreFixture.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.app.pipeline.MeterReading;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Raw readings, retention, reopening, schema versions, info (issue 5). */
interface LifecycleContract extends StoreFixture {

  /** Runs SQL on the test's database directly, as another program (or hanport) could. */
  void executeSql(String sql);

  @Test
  default void rawReadingsKeepTheWholeContractJson() {
    Series series = new Series(new SwedishMeter("main", HEADER), 42_000, 7);
    series.run(local("2026-11-10T08:00:00"), local("2026-11-10T08:05:00"), TEN_SECONDS);
    store().append(series.readings);

    List<String> raw = store().rawReadings("main", EVER_FROM, EVER_TO);
    assertThat(raw)
        .isEqualTo(series.readings.stream().map(MeterReading::toJson).collect(Collectors.toList()));
    assertThat(raw.get(0))
        .contains(
            "\"energy_import_kwh\":42.000", "\"obis\":{", "\"header\":\"ELL5\\\\253833635_A\"");
  }

  @Test
  default void readingsOlderThanRetentionAreRolledUpButNotKeptRaw() {
    StoreSettings thirtyDays = new StoreSettings(Duration.ofDays(30), CLOCK);
    Store store = reopen(thirtyDays);
    Series series = new Series(new SwedishMeter("main", HEADER), 1_000, 0);
    series.run(
        NOW.minus(Duration.ofDays(30)).minusSeconds(600),
        NOW.minus(Duration.ofDays(30)).plusSeconds(600),
        TEN_SECONDS);
    store.append(series.readings);

    assertThat(store.info().rowsPerTable()).containsEntry("raw_reading", 60L);
    assertThat(store.info().raw().orElseThrow().first()).isEqualTo(NOW.minus(Duration.ofDays(30)));
    assertThat(
            store.history("main", EVER_FROM, EVER_TO, Resolution.QUARTER_HOUR).stream()
                .mapToInt(EnergyInterval::readings)
                .sum())
        .isEqualTo(120);
    assertThat(store.append(series.readings)).isEqualTo(new AppendResult(0, 120));
  }

  @Test
  default void pruningKeepsRollupsAndReimportingThePrunedRangeChangesNothing() {
    Series series = new Series(new SwedishMeter("main", HEADER), 1_000, 0);
    series.run(local("2026-11-01T00:00:00"), local("2026-11-01T03:00:00"), TEN_SECONDS);
    store().append(series.readings);
    List<EnergyInterval> hours = store().history("main", EVER_FROM, EVER_TO, Resolution.HOUR);

    assertThat(store().pruneRaw(local("2026-11-01T02:00:00"))).isEqualTo(720);
    assertThat(store().append(series.readings)).isEqualTo(new AppendResult(0, 1080));
    assertThat(store().history("main", EVER_FROM, EVER_TO, Resolution.HOUR)).isEqualTo(hours);
    assertThat(store().info().raw().orElseThrow().first()).isEqualTo(local("2026-11-01T02:00:00"));
  }

  @Test
  default void aReopenedStoreContinuesWhereItStopped() {
    Series series = new Series(new SwedishMeter("main", HEADER), 9_000, 0);
    series.run(local("2026-11-02T10:00:00"), local("2026-11-02T12:00:00"), TEN_SECONDS);
    store().append(series.readings.subList(0, 500));
    Store reopened = reopen(KEEP_ALL);
    reopened.append(series.readings.subList(500, series.readings.size()));

    List<EnergyInterval> hours = reopened.history("main", EVER_FROM, EVER_TO, Resolution.HOUR);
    assertThat(StoreFixture.sum(hours))
        .isEqualByComparingTo(
            StoreFixture.kwh(
                series.expectedImportWh(series.importWh.firstKey(), series.importWh.lastKey())));
    assertThat(reopened.meters())
        .singleElement()
        .satisfies(
            meter -> {
              assertThat(meter.name()).isEqualTo("main");
              assertThat(meter.firstReading()).isEqualTo(series.importWh.firstKey());
              assertThat(meter.lastReading()).isEqualTo(series.importWh.lastKey());
              assertThat(meter.segments())
                  .singleElement()
                  .satisfies(segment -> assertThat(segment.header()).contains(HEADER));
            });
  }

  @Test
  default void aDatabaseFromANewerHanportIsRefusedWithTheVersions() {
    executeSql(
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success)"
            + " VALUES (99, '7', 'from the future', 'SQL', 'V7__future.sql', 0, 'test', 0, true)");
    store().close();

    assertThatThrownBy(() -> reopen(KEEP_ALL))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "this database was written by a newer hanport (schema 7, this one knows 4): upgrade"
                + " hanport");
    reopenAfterFailure();
  }

  /** The fixture's store was closed by a failed reopen; give teardown an open one again. */
  private void reopenAfterFailure() {
    executeSql("DELETE FROM flyway_schema_history WHERE version = '7'");
    reopen(KEEP_ALL);
  }

  @Test
  default void aDatabaseIsOpenedOnlyInTheZoneItsDaysWereCutIn() {
    assertThatThrownBy(() -> Stores.open(database(), ZoneId.of("America/New_York"), KEEP_ALL))
        .isInstanceOf(StoreException.class)
        .hasMessageEndingWith(
            "keeps days and months in Europe/Stockholm, not America/New_York: open it with zone"
                + " Europe/Stockholm");
  }

  @Test
  default void infoCountsRowsAndRangesPerResolution() {
    Series series = new Series(new SwedishMeter("main", HEADER), 1_000, 0);
    series.run(local("2026-11-01T00:00:00"), local("2026-11-01T01:00:00"), TEN_SECONDS);
    store().append(series.readings);

    StoreInfo info = store().info();
    assertThat(info.rowsPerTable())
        .containsEntry("meter", 1L)
        .containsEntry("meter_segment", 1L)
        .containsEntry("raw_reading", 360L)
        .containsEntry("rollup", 4L + 1 + 1 + 1);
    assertThat(info.raw())
        .contains(new StoreInfo.TimeRange(series.importWh.firstKey(), series.importWh.lastKey()));
    assertThat(info.rollups().get(Resolution.HOUR))
        .isEqualTo(
            new StoreInfo.TimeRange(local("2026-11-01T00:00:00"), local("2026-11-01T00:00:00")));
    assertThat(info.rollups().get(Resolution.MONTH).first())
        .isEqualTo(local("2026-11-01T00:00:00"));
    assertThat(info.sizeBytes()).isPositive();
    assertThat(info.location()).doesNotContain("password");
    assertThat(Instant.EPOCH).isBefore(info.rollups().get(Resolution.DAY).last());
  }
}
