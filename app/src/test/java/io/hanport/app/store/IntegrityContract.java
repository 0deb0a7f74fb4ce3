package io.hanport.app.store;

import static io.hanport.app.store.StoreFixture.kwh;
import static io.hanport.app.store.StoreFixture.local;
import static io.hanport.app.store.StoreFixture.midnight;
import static io.hanport.app.store.StoreFixture.sum;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 5, "Integrity": swaps, resets, duplicates, gaps, order. */
interface IntegrityContract extends StoreFixture {

  LocalDate DAY = LocalDate.parse("2026-09-15");

  @Test
  default void meterSwapMidDayStartsASegmentAndCountsBothMetersEnergy() {
    SwedishMeter meter = new SwedishMeter("main", HEADER);
    Series old =
        new Series(meter, 7_000_000, 0)
            .run(midnight(DAY), local("2026-09-15T12:00:00"), TEN_SECONDS);
    meter.swapTo("ELL5\\253833635_B");
    Series swapped =
        new Series(meter, 50, 0)
            .run(local("2026-09-15T12:00:00"), midnight(DAY.plusDays(1)), TEN_SECONDS);
    store().append(old.readings);
    store().append(swapped.readings);

    assertDayIsBothSegments(old, swapped, "meter identity changed");
  }

  @Test
  default void counterResetMidDayStartsASegmentInsteadOfNegativeEnergy() {
    Series series = new Series(new SwedishMeter("main", HEADER), 7_000_000, 0);
    series.run(midnight(DAY), local("2026-09-15T12:00:00"), TEN_SECONDS);
    Series before = series;
    Series after = new Series(new SwedishMeter("main", HEADER), 0, 0);
    after.run(local("2026-09-15T12:00:00"), midnight(DAY.plusDays(1)), TEN_SECONDS);
    List<MeterReading> all = new ArrayList<>(before.readings);
    all.addAll(after.readings);
    StoreFixture.appendInBatches(store(), all, 1000);

    assertDayIsBothSegments(before, after, "register went backwards");
  }

  private void assertDayIsBothSegments(Series first, Series second, String reason) {
    long expectedWh =
        first.importWh.lastEntry().getValue()
            - first.importWh.firstEntry().getValue()
            + second.importWh.lastEntry().getValue()
            - second.importWh.firstEntry().getValue();
    List<EnergyInterval> days = store().history("main", EVER_FROM, EVER_TO, Resolution.DAY);
    assertThat(days).hasSize(1);
    assertThat(days.get(0).importKwh()).isEqualByComparingTo(kwh(expectedWh));
    assertThat(days.get(0).segmentBreaks()).isEqualTo(1);
    assertThat(sum(store().history("main", EVER_FROM, EVER_TO, Resolution.HOUR)))
        .isEqualByComparingTo(kwh(expectedWh));
    List<MeterInfo.Segment> segments = store().meters().get(0).segments();
    assertThat(segments)
        .extracting(MeterInfo.Segment::reason)
        .containsExactly(SegmentTable.FIRST_READING, reason);
    assertThat(segments.get(1).started()).isEqualTo(local("2026-09-15T12:00:00"));
  }

  @Test
  default void aSameTimeReadingIsStoredOnceAcrossAndWithinBatches() {
    Series series = new Series(new SwedishMeter("main", HEADER), 1_000, 0);
    series.run(midnight(DAY), midnight(DAY).plusSeconds(3600), TEN_SECONDS);
    List<MeterReading> twice = new ArrayList<>(series.readings);
    twice.addAll(series.readings.subList(0, 10));

    assertThat(store().append(twice)).isEqualTo(new AppendResult(360, 10));
    List<EnergyInterval> before =
        store().history("main", EVER_FROM, EVER_TO, Resolution.QUARTER_HOUR);
    assertThat(store().append(series.readings)).isEqualTo(new AppendResult(0, 360));

    assertThat(store().history("main", EVER_FROM, EVER_TO, Resolution.QUARTER_HOUR))
        .isEqualTo(before);
    assertThat(store().info().rowsPerTable()).containsEntry("raw_reading", 360L);
  }

  @Test
  default void aGapIsAbsentHoursAndItsEnergyLandsIncompleteWhereReadingsResume() {
    Series series = new Series(new SwedishMeter("main", HEADER), 2_000_000, 0);
    series.run(midnight(DAY), local("2026-09-15T10:00:00"), TEN_SECONDS);
    series.run(
        local("2026-09-15T13:00:00"), midnight(DAY.plusDays(1)).plusSeconds(10), TEN_SECONDS);
    store().append(series.readings);

    List<EnergyInterval> hours = store().history("main", EVER_FROM, EVER_TO, Resolution.HOUR);
    assertThat(hours)
        .extracting(row -> row.start().atZone(SwedishMeter.STOCKHOLM).getHour())
        .containsExactly(
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0);
    EnergyInterval resumed = hours.get(10);
    assertThat(resumed.complete()).isFalse();
    assertThat(resumed.importKwh())
        .isEqualByComparingTo(
            kwh(
                series.expectedImportWh(
                    local("2026-09-15T09:59:50"), local("2026-09-15T14:00:00"))));
    assertThat(hours.subList(0, 10)).allMatch(EnergyInterval::complete);
    assertThat(hours.subList(11, 21)).allMatch(EnergyInterval::complete);
    EnergyInterval day = store().history("main", EVER_FROM, EVER_TO, Resolution.DAY).get(0);
    assertThat(day.readings()).isEqualTo(21 * 360);
    assertThat(day.importKwh())
        .isEqualByComparingTo(
            kwh(series.expectedImportWh(midnight(DAY), midnight(DAY.plusDays(1)))));
  }

  @Test
  default void readingsOutOfOrderGiveTheSameRollupsAsInOrder() {
    Series series = new Series(new SwedishMeter("main", HEADER), 3_000_000, 0);
    series.run(local("2026-09-15T10:50:00"), local("2026-09-15T13:10:00"), TEN_SECONDS);
    List<MeterReading> held = new ArrayList<>();
    List<MeterReading> first = new ArrayList<>();
    for (int i = 0; i < series.readings.size(); i++) {
      (i % 7 == 3 || (i > 400 && i < 460) ? held : first).add(series.readings.get(i));
    }
    Collections.shuffle(held, new Random(5));
    store().append(first);
    StoreFixture.appendInBatches(store(), held, 13);

    for (Resolution resolution : Resolution.values()) {
      List<EnergyInterval> rows = store().history("main", EVER_FROM, EVER_TO, resolution);
      for (EnergyInterval row : rows) {
        assertThat(row.importKwh())
            .as("%s %s", resolution, row.start())
            .isEqualByComparingTo(kwh(series.expectedImportWh(row.start(), row.end())));
      }
      assertThat(rows.stream().mapToInt(EnergyInterval::readings).sum())
          .isEqualTo(series.readings.size());
    }
    List<EnergyInterval> hours = store().history("main", EVER_FROM, EVER_TO, Resolution.HOUR);
    assertThat(hours.subList(1, hours.size() - 1)).allMatch(EnergyInterval::complete);
  }

  @Test
  default void aJumpNoMeterCouldMakeIsASwapNotEnergy() {
    SwedishMeter meter = new SwedishMeter("main", HEADER);
    Instant at = local("2026-09-15T12:00:00");
    store()
        .append(
            List.of(
                meter.reading(at, 1_000_000, 0, 500),
                meter.reading(at.plusSeconds(10), 1_000_001, 0, 500)));
    store()
        .append(
            List.of(
                meter.reading(at.plusSeconds(20), 9_000_000, 0, 500),
                meter.reading(at.plusSeconds(30), 9_000_002, 0, 500)));

    EnergyInterval hour = store().history("main", EVER_FROM, EVER_TO, Resolution.HOUR).get(0);
    assertThat(hour.importKwh()).isEqualByComparingTo(kwh(3));
    assertThat(hour.segmentBreaks()).isEqualTo(1);
    assertThat(store().meters().get(0).segments())
        .extracting(MeterInfo.Segment::reason)
        .last()
        .isEqualTo("register jumped");
  }
}
