package io.hanport.app.tariff;

import static io.hanport.app.tariff.TariffFixtures.STOCKHOLM;
import static io.hanport.app.tariff.TariffFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.tariff.TariffFixtures.Series;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Live headroom on January 2026 with hourly history: 1 kWh an hour, and daytime peaks of 6.0 kW (5
 * Jan), 5.0 kW (6 Jan) and 4.0 kW (7 Jan). Top three on distinct days: 6, 5, 4 → 5.0 kW.
 */
class TariffHeadroomTest {

  private static final String PER_KW =
      """
      peak:
        measure_minutes: 60
        top_n: 3
        distinct_days: true
        weights: [{hours: 22-06, factor: 0.5}]
        price_per_kw: 50
      """;

  private static EnergySeries history(String untilLocal) {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    List<EnergyInterval> all =
        new Series(jan1, jan1.plusMonths(1), 60, "1.0")
            .at("2026-01-05T17:00", "6.0")
            .at("2026-01-06T17:00", "5.0")
            .at("2026-01-07T17:00", "4.0")
            .build()
            .intervals();
    Instant until = local(untilLocal);
    return EnergySeries.of(all.stream().filter(i -> i.start().isBefore(until)).toList());
  }

  private static Instant local(String time) {
    return LocalDateTime.parse(time).atZone(STOCKHOLM).toInstant();
  }

  private static Headroom headroom(String rulesBody, String now, String usedKwh, String powerKw)
      throws TariffException {
    HeadroomCalculator calculator = HeadroomCalculator.of(rules(rulesBody)).orElseThrow();
    return calculator.at(
        local(now), history(now), new BigDecimal(usedKwh), new BigDecimal(powerKw));
  }

  @Test
  void aDayOutsideTheTopThreeMustBeatTheLowestPeak() throws Exception {
    // 10 Jan 12:30, 1.5 kWh used since 12:00, 3 kW now.
    Headroom headroom = headroom(PER_KW, "2026-01-10T12:30", "1.5", "3.0");
    // Entry: the lowest of the full top three, 4.0 kW; the charge rises above it.
    assertThat(headroom.entryKw().orElseThrow()).isEqualByComparingTo("4.0");
    assertThat(headroom.thresholdKw().orElseThrow()).isEqualByComparingTo("4.0");
    // Running average 1.5 kWh / 0.5 h = 3.0 kW; projected (1.5 + 3.0 × 0.5) / 1 h = 3.0 kW.
    assertThat(headroom.runningAverageKw()).isEqualByComparingTo("3.0");
    assertThat(headroom.projectedKw()).isEqualByComparingTo("3.0");
    // Allowed 4.0 kWh in the hour, 1.5 used: 2.5 kWh over the last 0.5 h = 5.0 kW.
    assertThat(headroom.headroomKw().orElseThrow()).isEqualByComparingTo("5.0");
    assertThat(headroom.windowStart()).isEqualTo(local("2026-01-10T12:00"));
  }

  @Test
  void aDayAlreadyInTheTopThreeMustBeatItsOwnPeak() throws Exception {
    // 6 Jan 18:30: top so far 6.0 (5 Jan), 5.0 (today, 17:00), 1.0 (1 Jan). Today's 5.0 is the
    // entry; the rest 6 + 1 = 7; the charge rises above 3 × (12 / 3) − 7 = 5.0 kW.
    Headroom headroom = headroom(PER_KW, "2026-01-06T18:30", "0.5", "1.0");
    assertThat(headroom.entryKw().orElseThrow()).isEqualByComparingTo("5.0");
    assertThat(headroom.thresholdKw().orElseThrow()).isEqualByComparingTo("5.0");
  }

  @Test
  void nightHoursAtHalfWeightAllowTwiceTheDemand() throws Exception {
    // 10 Jan 23:30: the weighted entry is 4.0, so the actual demand may reach 4.0 / 0.5 = 8.0 kW.
    Headroom headroom = headroom(PER_KW, "2026-01-10T23:30", "1.0", "2.0");
    assertThat(headroom.thresholdKw().orElseThrow()).isEqualByComparingTo("8.0");
    // 8.0 kWh allowed, 1.0 used: 7.0 kWh over 0.5 h = 14.0 kW.
    assertThat(headroom.headroomKw().orElseThrow()).isEqualByComparingTo("14.0");
  }

  @Test
  void stepsRiseOnlyAtTheNextStepsBound() throws Exception {
    String steps =
        """
        peak:
          measure_minutes: 60
          top_n: 3
          distinct_days: true
          steps:
            - {from_kw: 0, to_kw: 2, per_month: 100}
            - {from_kw: 2, to_kw: 5, per_month: 200}
            - {from_kw: 5, to_kw: 10, per_month: 300}
            - {from_kw: 10, per_month: 400}
        """;
    // Mean 5.0 kW is in step 5–10; the next bound is 10: x ≥ 3 × 10 − (6 + 5) = 19 kW.
    Headroom headroom = headroom(steps, "2026-01-10T12:30", "1.5", "3.0");
    assertThat(headroom.entryKw().orElseThrow()).isEqualByComparingTo("4.0");
    assertThat(headroom.thresholdKw().orElseThrow()).isEqualByComparingTo("19");
  }

  @Test
  void aWindowThatDoesNotCountHasNoLimit() throws Exception {
    String workdays =
        """
        peak:
          measure_minutes: 60
          top_n: 3
          windows: [{days: weekdays, hours: 07-19}]
          price_per_kw: 50
        """;
    // Saturday 10 January counts for nothing.
    Headroom headroom = headroom(workdays, "2026-01-10T12:30", "4.0", "9.0");
    assertThat(headroom.counted()).isFalse();
    assertThat(headroom.thresholdKw()).isEmpty();
    assertThat(headroom.headroomKw()).isEmpty();
  }

  @Test
  void aSimulatedHourApproachingTheThresholdWarnsExactlyOnce() throws Exception {
    HeadroomCalculator calculator = HeadroomCalculator.of(rules(PER_KW)).orElseThrow();
    List<HeadroomWarning> warnings = new ArrayList<>();
    HeadroomWatcher watcher = new HeadroomWatcher(STOCKHOLM, new BigDecimal("0.9"), warnings::add);
    EnergySeries history = history("2026-01-10T12:00");
    Instant hour = local("2026-01-10T12:00");
    BigDecimal used = BigDecimal.ZERO;
    // Minute by minute: 2 kW for 30 minutes (projected 2.0 kW, below 90 % of 4.0 = 3.6), then
    // 6 kW (projected 1.0 + 6 × 0.5 = 4.0 ≥ 3.6: warn), 1 kW for ten minutes (at 12:40, 2.0 kWh
    // used: projected 2.0 + 1 × 20/60 = 2.33, below 3.6) and 12 kW (at 12:50, 2.17 + 12 × 10/60
    // = 4.17, above again: still no second warning in the same hour).
    for (int minute = 0; minute < 60; minute++) {
      BigDecimal power =
          new BigDecimal(minute < 30 ? "2" : minute < 40 ? "6" : minute < 50 ? "1" : "12");
      Instant now = hour.plus(Duration.ofMinutes(minute));
      watcher.update(calculator.at(now, history, used, power));
      used = used.add(power.divide(BigDecimal.valueOf(60), MathContext.DECIMAL64));
    }
    assertThat(warnings).hasSize(1);
    HeadroomWarning warning = warnings.get(0);
    assertThat(warning.windowStart()).isEqualTo(hour);
    assertThat(warning.thresholdKw()).isEqualByComparingTo("4.0");
    assertThat(warning.projectedKw()).isEqualByComparingTo("4.0");
    // Allowed 4.0 kWh, 1.0 used at 12:30: 3.0 kWh over 0.5 h = 6.0 kW.
    assertThat(warning.headroomKw()).isEqualByComparingTo("6.0");
    assertThat(warning.message())
        .isEqualTo(
            "Peak warning: this window is heading for 4.00 kW; above 4.00 kW it raises the month's"
                + " peak charge. Use at most 6.00 kW until 13:00.");

    // The next hour re-arms the watcher: a high start warns again, once.
    Instant next = hour.plus(Duration.ofHours(1));
    for (int minute = 0; minute < 3; minute++) {
      watcher.update(
          calculator.at(
              next.plus(Duration.ofMinutes(minute)),
              history,
              BigDecimal.ZERO,
              new BigDecimal("5")));
    }
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(1).windowStart()).isEqualTo(next);
  }
}
