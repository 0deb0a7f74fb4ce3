package io.hanport.app.tariff;

import static io.hanport.app.tariff.TariffFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.app.tariff.TariffFixtures.Series;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each peak-rule feature on a hand-computed month. Baseline: 1 kWh in every hour (1 kW), with a few
 * hours raised; comments show the arithmetic the assertions check.
 */
class TariffPeakChargeTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);

  /** January 2026, hourly, the raised hours of the Ellevio-style examples. */
  private static EnergySeries january() {
    return new Series(JAN_1, FEB_1, 60, "1.0")
        .at("2026-01-05T17:00", "6.0")
        .at("2026-01-05T18:00", "5.5") // same day as 6.0: one peak per day drops it
        .at("2026-01-12T08:00", "5.0")
        .at("2026-01-20T23:00", "8.0") // night: counts as 8.0 × 0.5 = 4.0
        .at("2026-01-21T12:00", "4.5")
        .at("2026-01-28T07:00", "4.2")
        .build();
  }

  private static MonthBill onlyMonth(Bill bill) {
    assertThat(bill.months()).hasSize(1);
    return bill.months().get(0);
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void topThreePeaksOnDistinctDaysWithNightHoursAtHalf() throws Exception {
    TariffRules rules =
        rules(
            """
            peak:
              measure_minutes: 60
              top_n: 3
              distinct_days: true
              weights: [{hours: 22-06, factor: 0.5}]
              price_per_kw: 50
            """);
    MonthCharge charge =
        onlyMonth(new TariffEngine(rules).bill(january(), Optional.empty(), JAN_1, FEB_1))
            .peak()
            .orElseThrow();
    // Daily maxima (weighted): 5 Jan 6.0, 12 Jan 5.0, 20 Jan 4.0 (8.0 at night × 0.5),
    // 21 Jan 4.5, 28 Jan 4.2, every other day 1.0. Top three: 6.0, 5.0, 4.5.
    assertThat(charge.peaks().top())
        .extracting(DemandWindow::weightedKw)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("6.0"), new BigDecimal("5.0"), new BigDecimal("4.5"));
    assertThat(charge.peaks().top().get(0).span().describe(TariffFixtures.STOCKHOLM))
        .isEqualTo("2026-01-05 17:00–18:00 (+01:00)");
    // (6.0 + 5.0 + 4.5) / 3 = 5.1666… kW × 50 SEK/kW = 258.33 SEK.
    assertThat(cents(charge.billedKwSoFar())).isEqualByComparingTo("5.17");
    assertThat(cents(charge.chargeSoFar())).isEqualByComparingTo("258.33");
    assertThat(charge.chargeProjected()).isEqualByComparingTo(charge.chargeSoFar());
  }

  @Test
  void withoutDistinctDaysTwoPeaksOfOneDayBothCount() throws Exception {
    TariffRules rules =
        rules(
            """
            peak:
              measure_minutes: 60
              top_n: 3
              weights: [{hours: 22-06, factor: 0.5}]
              price_per_kw: 50
            """);
    MonthCharge charge =
        onlyMonth(new TariffEngine(rules).bill(january(), Optional.empty(), JAN_1, FEB_1))
            .peak()
            .orElseThrow();
    // Top three windows: 6.0 and 5.5 (both 5 Jan), 5.0 → mean 5.5 kW × 50 = 275.00.
    assertThat(charge.billedKwSoFar()).isEqualByComparingTo("5.5");
    assertThat(charge.chargeSoFar()).isEqualByComparingTo("275.0");
  }

  @Test
  void nightHoursAtFullWeightWouldHaveTopped() throws Exception {
    TariffRules rules =
        rules(
            "peak:\n"
                + "  measure_minutes: 60\n"
                + "  top_n: 3\n"
                + "  distinct_days: true\n"
                + "  price_per_kw: 50\n");
    MonthCharge charge =
        onlyMonth(new TariffEngine(rules).bill(january(), Optional.empty(), JAN_1, FEB_1))
            .peak()
            .orElseThrow();
    // Unweighted, 20 Jan 23:00 (8.0) leads: (8.0 + 6.0 + 5.0) / 3 = 6.333… kW → 316.67.
    assertThat(cents(charge.chargeSoFar())).isEqualByComparingTo("316.67");
  }

  @Test
  void onlyWorkingDaysBetweenSevenAndNineteenCount() throws Exception {
    TariffRules rules =
        rules(
            """
            holidays: [2026-01-01, 2026-01-06]
            peak:
              measure_minutes: 60
              top_n: 3
              windows: [{days: weekdays, hours: 07-19, holidays: exclude}]
              price_per_kw:
                - {months: nov-mar, per_kw: 100}
                - {per_kw: 50}
            """);
    EnergySeries energy =
        new Series(JAN_1, FEB_1, 60, "1.0")
            .at("2026-01-01T10:00", "9.0") // New Year's Day, a listed holiday: not counted
            .at("2026-01-06T10:00", "8.5") // Epiphany, a listed holiday: not counted
            .at("2026-01-03T12:00", "8.0") // Saturday: not counted
            .at("2026-01-07T06:00", "7.5") // before 07:00: not counted
            .at("2026-01-07T19:00", "7.0") // 19:00–20:00, after the window's end: not counted
            .at("2026-01-07T18:00", "5.0")
            .at("2026-01-08T07:00", "4.0")
            .at("2026-01-08T12:00", "6.0") // same day as 4.0, both count (not one per day)
            .at("2026-01-09T09:00", "3.0")
            .build();
    MonthCharge charge =
        onlyMonth(new TariffEngine(rules).bill(energy, Optional.empty(), JAN_1, FEB_1))
            .peak()
            .orElseThrow();
    // Counted top three: 6.0, 5.0, 4.0 → 5.0 kW × 100 SEK/kW (winter price) = 500.00.
    assertThat(charge.peaks().top())
        .extracting(DemandWindow::demandKw)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("6.0"), new BigDecimal("5.0"), new BigDecimal("4.0"));
    assertThat(charge.chargeSoFar()).isEqualByComparingTo("500");
  }

  @Test
  void aWinterOnlyRuleChargesNothingInSummerMonths() throws Exception {
    TariffRules rules =
        rules(
            """
            peak:
              measure_minutes: 60
              top_n: 1
              windows: [{months: nov-mar}]
              price_per_kw: 40
            """);
    LocalDate march1 = LocalDate.of(2026, 3, 1);
    LocalDate april1 = LocalDate.of(2026, 4, 1);
    LocalDate may1 = LocalDate.of(2026, 5, 1);
    EnergySeries energy =
        new Series(march1, may1, 60, "1.0")
            .at("2026-03-10T18:00", "7.0")
            .at("2026-04-10T18:00", "9.0")
            .build();
    Bill bill = new TariffEngine(rules).bill(energy, Optional.empty(), march1, may1);
    // March: highest hour 7.0 kW × 40 = 280.00. April: outside nov–mar, no charge despite 9 kW.
    MonthCharge march = bill.months().get(0).peak().orElseThrow();
    MonthCharge april = bill.months().get(1).peak().orElseThrow();
    assertThat(march.chargeSoFar()).isEqualByComparingTo("280");
    assertThat(april.charged()).isFalse();
    assertThat(april.chargeSoFar()).isEqualByComparingTo("0");
    assertThat(bill.total().peakCharge()).isEqualByComparingTo("280");
    assertThat(BillText.render(bill, false))
        .contains("Peak charge: none in this month: the rule's windows do not cover it");
  }

  private static final String STEPS =
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

  @Test
  void norwegianStepsAreChosenByTheMeanOfTheTopThreeDailyPeaks() throws Exception {
    TariffRules rules = rules(STEPS);
    LocalDate march1 = LocalDate.of(2026, 3, 1);
    EnergySeries onTheBound =
        new Series(FEB_1, march1, 60, "1.0")
            .at("2026-02-02T08:00", "6.0")
            .at("2026-02-03T08:00", "5.5")
            .at("2026-02-03T18:00", "7.0") // 3 Feb's peak is 7.0, its 5.5 does not count
            .at("2026-02-10T18:00", "2.0")
            .build();
    MonthCharge charge =
        onlyMonth(new TariffEngine(rules).bill(onTheBound, Optional.empty(), FEB_1, march1))
            .peak()
            .orElseThrow();
    // (7.0 + 6.0 + 2.0) / 3 = 5.0 kW exactly: a bound belongs to the higher step, 5–10 kW = 300.
    assertThat(charge.billedKwSoFar()).isEqualByComparingTo("5.0");
    assertThat(charge.step().orElseThrow().toString()).isEqualTo("5–10 kW");
    assertThat(charge.chargeSoFar()).isEqualByComparingTo("300");

    EnergySeries justBelow =
        new Series(FEB_1, march1, 60, "1.0")
            .at("2026-02-02T08:00", "6.0")
            .at("2026-02-03T18:00", "7.0")
            .at("2026-02-10T18:00", "1.97")
            .build();
    // (7.0 + 6.0 + 1.97) / 3 = 4.99 kW: step 2–5 kW = 200.
    MonthCharge below =
        onlyMonth(new TariffEngine(rules).bill(justBelow, Optional.empty(), FEB_1, march1))
            .peak()
            .orElseThrow();
    assertThat(below.billedKwSoFar()).isEqualByComparingTo("4.99");
    assertThat(below.chargeSoFar()).isEqualByComparingTo("200");
  }

  @Test
  void aDemandAboveTheLastClosedStepStopsTheBillWithTheFix() throws Exception {
    TariffRules rules =
        rules(
            """
            peak:
              measure_minutes: 60
              top_n: 1
              steps:
                - {from_kw: 0, to_kw: 2, per_month: 100}
                - {from_kw: 2, to_kw: 5, per_month: 200}
            """);
    EnergySeries energy = new Series(FEB_1, FEB_1.plusDays(1), 60, "6.0").build();
    assertThatThrownBy(
            () -> new TariffEngine(rules).bill(energy, Optional.empty(), FEB_1, FEB_1.plusDays(1)))
        .isInstanceOf(TariffException.class)
        .hasMessage(
            "test.yaml: the demand 6 kW is above the highest step (2–5 kW): add the grid company's"
                + " higher steps to peak.steps");
  }

  @Test
  void fifteenMinuteDemandSeesAShortSpikeThatAnHourAveragesAway() throws Exception {
    // 15-minute energy, 0.25 kWh per quarter (1 kW); 15 January 17:00–17:15 uses 1.0 kWh.
    EnergySeries energy =
        new Series(JAN_1, FEB_1, 15, "0.25").at("2026-01-15T17:00", "1.0").build();
    String body = "peak:\n  measure_minutes: %d\n  top_n: 1\n  price_per_kw: 10\n";
    MonthCharge quarter =
        onlyMonth(
                new TariffEngine(rules(body.formatted(15)))
                    .bill(energy, Optional.empty(), JAN_1, FEB_1))
            .peak()
            .orElseThrow();
    MonthCharge hour =
        onlyMonth(
                new TariffEngine(rules(body.formatted(60)))
                    .bill(energy, Optional.empty(), JAN_1, FEB_1))
            .peak()
            .orElseThrow();
    // Quarter: 1.0 kWh × 60 / 15 = 4.0 kW → 40.00. Hour: 1.0 + 3 × 0.25 = 1.75 kWh → 1.75 kW →
    // 17.50.
    assertThat(quarter.billedKwSoFar()).isEqualByComparingTo("4.0");
    assertThat(quarter.chargeSoFar()).isEqualByComparingTo("40");
    assertThat(hour.billedKwSoFar()).isEqualByComparingTo("1.75");
    assertThat(hour.chargeSoFar()).isEqualByComparingTo("17.5");
  }

  @Test
  void hourlyEnergyCannotMeasureFifteenMinuteDemand() throws Exception {
    TariffRules rules = rules("peak:\n  measure_minutes: 15\n  top_n: 1\n  price_per_kw: 10\n");
    EnergySeries hourly = new Series(JAN_1, JAN_1.plusDays(1), 60, "1.0").build();
    assertThatThrownBy(
            () -> new TariffEngine(rules).bill(hourly, Optional.empty(), JAN_1, JAN_1.plusDays(1)))
        .isInstanceOf(TariffException.class)
        .hasMessage(
            "energy interval 2026-01-01 00:00–01:00 (+01:00) crosses a 15-minute demand window:"
                + " this peak rule needs energy in intervals of at most 15 minutes that start on"
                + " the clock's quarter hours");
  }

  @Test
  void aRollingRuleAveragesMonthlyPeaksEachRaisedToTheMinimum() throws Exception {
    TariffRules rules =
        rules(
            """
            peak:
              measure_minutes: 15
              top_n: 1
              minimum_kw: 2.5
              rolling_months: 3
              price_per_kw: 4
            """);
    LocalDate april1 = LocalDate.of(2026, 4, 1);
    // 0.25 kWh per quarter = 1 kW; one quarter a month raised: Jan 0.5 kWh (2 kW),
    // Feb 1.0 kWh (4 kW), Mar 1.5 kWh (6 kW).
    EnergySeries energy =
        new Series(JAN_1, april1, 15, "0.25")
            .at("2026-01-10T12:00", "0.5")
            .at("2026-02-10T12:00", "1.0")
            .at("2026-03-10T12:00", "1.5")
            .build();
    Bill bill = new TariffEngine(rules).bill(energy, Optional.empty(), JAN_1, april1);
    List<MonthCharge> charges =
        bill.months().stream().map(month -> month.peak().orElseThrow()).toList();
    // Jan: max(2, 2.5) = 2.5 kW → 10.00. Feb: (2.5 + 4) / 2 = 3.25 kW → 13.00.
    // Mar: (2.5 + 4 + 6) / 3 = 4.1666… kW → 16.67.
    assertThat(charges.get(0).chargeSoFar()).isEqualByComparingTo("10");
    assertThat(charges.get(1).billedKwSoFar()).isEqualByComparingTo("3.25");
    assertThat(charges.get(1).chargeSoFar()).isEqualByComparingTo("13");
    assertThat(charges.get(2).monthsAveraged()).isEqualTo(3);
    assertThat(cents(charges.get(2).chargeSoFar())).isEqualByComparingTo("16.67");
  }

  @Test
  void aMonthInProgressShowsTheChargeSoFarAndTheProjection() throws Exception {
    TariffRules rules =
        rules(
            "peak:\n"
                + "  measure_minutes: 60\n"
                + "  top_n: 3\n"
                + "  distinct_days: true\n"
                + "  price_per_kw: 60\n");
    LocalDate jan3 = LocalDate.of(2026, 1, 3);
    EnergySeries twoDays =
        new Series(JAN_1, jan3, 60, "1.0")
            .at("2026-01-01T18:00", "4.0")
            .at("2026-01-02T18:00", "5.0")
            .build();
    MonthBill month =
        onlyMonth(new TariffEngine(rules).bill(twoDays, Optional.empty(), JAN_1, jan3));
    MonthCharge charge = month.peak().orElseThrow();
    // Two of three peaks so far: (5 + 4 + 0) / 3 = 3.0 kW → 180.00 so far (a floor).
    // Projected: the missing peak like the mean of the two, (5 + 4) / 2 = 4.5 kW → 270.00.
    assertThat(charge.chargeSoFar()).isEqualByComparingTo("180");
    assertThat(charge.chargeProjected()).isEqualByComparingTo("270");
    assertThat(month.wholeMonth()).isFalse();
    assertThat(
            BillText.render(
                new TariffEngine(rules).bill(twoDays, Optional.empty(), JAN_1, jan3), false))
        .contains("(1 more peak to come, counted as 0 kW)")
        .containsPattern("Peak charge projected for the whole month +4\\.500 kW +270\\.00");
  }

  @Test
  void energyThatAlsoCoversAReadingGapIsBilledButNeverAPeak() throws Exception {
    TariffRules rules = rules("peak:\n  measure_minutes: 60\n  top_n: 1\n  price_per_kw: 10\n");
    LocalDate jan2 = JAN_1.plusDays(1);
    // Readings stopped at 08:00 and resumed in the 12:00 hour: the store puts the 4 hours'
    // 8 kWh there, marked incomplete. As demand it would read 8 kW; the true peak is 3 kW.
    List<EnergyInterval> intervals = new ArrayList<>();
    for (EnergyInterval hour :
        new Series(JAN_1, jan2, 60, "1.0").at("2026-01-01T18:00", "3.0").build().intervals()) {
      int local = hour.start().atZone(TariffFixtures.STOCKHOLM).getHour();
      if (local == 12) {
        intervals.add(
            new EnergyInterval(
                hour.start(), hour.end(), new BigDecimal("8.0"), BigDecimal.ZERO, false));
      } else if (local < 8 || local > 12) {
        intervals.add(hour);
      }
    }
    Bill bill =
        new TariffEngine(rules).bill(EnergySeries.of(intervals), Optional.empty(), JAN_1, jan2);
    // Energy: 19 ordinary hours (18 × 1 + 3) + the 8 kWh after the gap = 29 kWh, all billed.
    assertThat(bill.total().importKwh()).isEqualByComparingTo("29");
    assertThat(onlyMonth(bill).peak().orElseThrow().billedKwSoFar()).isEqualByComparingTo("3.0");
    assertThat(bill.complete()).isFalse();
    assertThat(BillText.render(bill, false))
        .contains(
            "Energy that also covers a gap in the readings (billed, not used as a peak), 1 span:\n"
                + "  2026-01-01 12:00–13:00 (+01:00)")
        .contains(
            "Energy missing (no data from the meter), 1 span:\n"
                + "  2026-01-01 08:00–12:00 (+01:00)");
  }
}
