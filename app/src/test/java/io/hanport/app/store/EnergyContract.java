package io.hanport.app.store;

import static io.hanport.app.store.StoreFixture.kwh;
import static io.hanport.app.store.StoreFixture.local;
import static io.hanport.app.store.StoreFixture.midnight;
import static io.hanport.app.store.StoreFixture.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rollups from register differences, in the store's zone (issue 5, "What is kept"). */
interface EnergyContract extends StoreFixture {

  @Test
  default void energyPerQuarterHourHourDayAndMonthEqualsRegisterDifferences() {
    Series series = new Series(new SwedishMeter("main", HEADER), 6_678_394, 12_000);
    series.run(local("2026-01-30T22:00:00"), local("2026-02-02T02:00:00"), TEN_SECONDS);
    StoreFixture.appendInBatches(store(), series.readings, 997);

    for (Resolution resolution : Resolution.values()) {
      List<EnergyInterval> rows = store().history("main", EVER_FROM, EVER_TO, resolution);
      assertThat(rows).isNotEmpty();
      for (EnergyInterval row : rows) {
        assertThat(row.importKwh())
            .as("%s %s", resolution, row.start())
            .isEqualByComparingTo(kwh(series.expectedImportWh(row.start(), row.end())));
      }
      long total = series.importWh.lastEntry().getValue() - series.importWh.firstEntry().getValue();
      assertThat(sum(rows)).as("%s total", resolution).isEqualByComparingTo(kwh(total));
    }
    assertThat(store().history("main", EVER_FROM, EVER_TO, Resolution.MONTH))
        .extracting(EnergyInterval::start)
        .containsExactly(local("2026-01-01T00:00:00"), local("2026-02-01T00:00:00"));
  }

  @Test
  default void aFullDayOfReadingsIsOneCompleteDayWithItsMeasurements() {
    Series series = new Series(new SwedishMeter("main", HEADER), 1_000_000, 0);
    series.run(local("2026-06-09T23:59:50"), local("2026-06-11T00:00:10"), TEN_SECONDS);
    store().append(series.readings);

    LocalDate day = LocalDate.parse("2026-06-10");
    List<EnergyInterval> rows =
        store().history("main", midnight(day), midnight(day.plusDays(1)), Resolution.DAY);
    assertThat(rows).hasSize(1);
    EnergyInterval row = rows.get(0);
    assertThat(row.start()).isEqualTo(midnight(day));
    assertThat(row.end()).isEqualTo(midnight(day.plusDays(1)));
    assertThat(row.readings()).isEqualTo(8640);
    assertThat(row.complete()).isTrue();
    assertThat(row.segmentBreaks()).isZero();
    assertThat(row.importKwh())
        .isEqualByComparingTo(kwh(series.expectedImportWh(row.start(), row.end())));
    EnergyInterval.Measurements measured = row.measurements();
    assertThat(measured.powerMinW().getAsDouble()).isNegative();
    assertThat(measured.powerMaxW().getAsDouble())
        .isGreaterThan(measured.powerMeanW().getAsDouble())
        .isGreaterThan(1000);
    assertThat(measured.voltageMinV().getAsDouble()).isBetween(229.0, 230.0);
    assertThat(measured.voltageMaxV().getAsDouble()).isBetween(234.0, 235.0);
    assertThat(measured.currentL1MaxA().getAsDouble()).isPositive();
    assertThat(measured.currentL3MaxA()).isEqualTo(measured.currentL1MaxA());
  }

  @Test
  default void springForwardDayHas23HourRowsAndAutumnDay25() {
    long register = 5_000_000;
    for (String date : List.of("2026-03-29", "2026-10-25")) {
      LocalDate day = LocalDate.parse(date);
      Series series = new Series(new SwedishMeter("main", HEADER), register, 0);
      series.run(
          midnight(day).minusSeconds(60),
          midnight(day.plusDays(1)).plusSeconds(60),
          Duration.ofMinutes(1));
      store().append(series.readings);
      register = series.importWh.lastEntry().getValue() + 1000;
    }
    assertDayHasHours("2026-03-29", 23);
    assertDayHasHours("2026-10-25", 25);
  }

  private void assertDayHasHours(String date, int hours) {
    LocalDate day = LocalDate.parse(date);
    Instant from = midnight(day);
    Instant to = midnight(day.plusDays(1));
    List<EnergyInterval> hourRows = store().history("main", from, to, Resolution.HOUR);
    assertThat(hourRows).hasSize(hours);
    assertThat(hourRows)
        .allSatisfy(row -> assertThat(row.end()).isEqualTo(row.start().plusSeconds(3600)));
    assertThat(hourRows).allMatch(EnergyInterval::complete);
    assertThat(store().history("main", from, to, Resolution.QUARTER_HOUR)).hasSize(hours * 4);
    List<EnergyInterval> dayRows = store().history("main", from, to, Resolution.DAY);
    assertThat(dayRows).hasSize(1);
    EnergyInterval dayRow = dayRows.get(0);
    assertThat(Duration.between(dayRow.start(), dayRow.end())).isEqualTo(Duration.ofHours(hours));
    assertThat(dayRow.complete()).isTrue();
    assertThat(dayRow.importKwh()).isEqualByComparingTo(sum(hourRows)).isPositive();
  }
}
