package io.hanport.app.tariff;

import static io.hanport.app.tariff.TariffFixtures.STOCKHOLM;
import static io.hanport.app.tariff.TariffFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.app.tariff.TariffFixtures.Series;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The clock changes in Europe/Stockholm: 2026-03-29 has 23 hours (02:00 jumps to 03:00, +01:00 to
 * +02:00), 2026-10-25 has 25 (03:00 falls back to 02:00, +02:00 to +01:00).
 */
class TariffDstTest {

  private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
  private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);

  private static final String RULES =
      """
      fixed: [{name: Abonnemang, per_month: 310}]
      taxes: [{name: Skatt, per_kwh: 0.5}]
      peak:
        measure_minutes: 60
        top_n: 2
        price_per_kw: 10
      """;

  private static DayCost day(Bill bill, LocalDate date) {
    return bill.days().stream().filter(day -> day.day().equals(date)).findFirst().orElseThrow();
  }

  @Test
  void theSpringDayHasTwentyThreeHoursAndAFullDaysShareOfTheFixedFee() throws Exception {
    EnergySeries energy = new Series(SPRING, SPRING.plusDays(1), 60, "1.0").build();
    assertThat(energy.intervals()).hasSize(23);
    Bill bill =
        new TariffEngine(rules(RULES)).bill(energy, Optional.empty(), SPRING, SPRING.plusDays(1));
    DayCost day = day(bill, SPRING);
    // 23 hours × 1 kWh = 23 kWh; tax 23 × 0.5 = 11.50; fixed 310 / 31 days = 10.00 a day.
    assertThat(day.cost().importKwh()).isEqualByComparingTo("23");
    assertThat(day.cost().taxes().get("Skatt")).isEqualByComparingTo("11.5");
    assertThat(day.cost().fixedFees().get("Abonnemang")).isEqualByComparingTo("10");
    assertThat(bill.missingEnergy()).isEmpty();
    // The hour after 01:00 starts at 03:00 local, one hour later in UTC: no gap, no 02:00 window.
    assertThat(energy.intervals().get(2).start().atZone(STOCKHOLM).getHour()).isEqualTo(3);
  }

  @Test
  void theAutumnDayHasTwentyFiveHoursAndTwoSeparateTwoOClockWindows() throws Exception {
    Instant firstTwo = Instant.parse("2026-10-25T00:00:00Z"); // 02:00 +02:00
    Instant secondTwo = Instant.parse("2026-10-25T01:00:00Z"); // 02:00 +01:00
    EnergySeries energy =
        new Series(AUTUMN, AUTUMN.plusDays(1), 60, "1.0")
            .at(firstTwo, "3.0")
            .at(secondTwo, "4.0")
            .build();
    assertThat(energy.intervals()).hasSize(25);
    Bill bill =
        new TariffEngine(rules(RULES)).bill(energy, Optional.empty(), AUTUMN, AUTUMN.plusDays(1));
    // 23 × 1 + 3 + 4 = 30 kWh. Fixed 310 / 31 = 10.00 for the long day too.
    assertThat(day(bill, AUTUMN).cost().importKwh()).isEqualByComparingTo("30");
    assertThat(day(bill, AUTUMN).cost().fixedFees().get("Abonnemang")).isEqualByComparingTo("10");
    MonthCharge charge = bill.months().get(0).peak().orElseThrow();
    // Two windows, 4.0 and 3.0, not one merged 7.0 "02:00" hour: (4 + 3) / 2 = 3.5 kW → 35.00.
    // The first 02:00 hour ends at 02:00 again, which its text shows with both offsets.
    assertThat(charge.peaks().top())
        .extracting(peak -> peak.span().describe(STOCKHOLM))
        .containsExactly(
            "2026-10-25 02:00–03:00 (+01:00)", "2026-10-25 02:00 (+02:00)–02:00 (+01:00)");
    assertThat(charge.chargeSoFar()).isEqualByComparingTo("35");
  }

  @Test
  void quarterHoursAcrossBothClockChangesAlignToTheLocalClock() throws Exception {
    TariffRules rules = rules("peak:\n  measure_minutes: 15\n  top_n: 1\n  price_per_kw: 1\n");
    PeakCalculator calculator = new PeakCalculator(rules, rules.peak().orElseThrow());
    EnergySeries spring = new Series(SPRING, SPRING.plusDays(1), 15, "0.25").build();
    EnergySeries autumn = new Series(AUTUMN, AUTUMN.plusDays(1), 15, "0.25").build();
    // 23 × 4 = 92 quarters, 25 × 4 = 100 quarters, each its own 15-minute window.
    assertThat(calculator.windows(spring.intervals())).hasSize(92);
    List<DemandWindow> autumnWindows = calculator.windows(autumn.intervals());
    assertThat(autumnWindows).hasSize(100);
    assertThat(autumnWindows).allMatch(window -> window.demandKw().compareTo(BigDecimal.ONE) == 0);
    // 02:45 +01:00 (the second time round) starts a window of its own on the local quarter.
    assertThat(calculator.windowStart(Instant.parse("2026-10-25T01:50:00Z")))
        .isEqualTo(Instant.parse("2026-10-25T01:45:00Z"));
  }

  @Test
  void localTimesInAFileReadThroughTheRepeatedHourAndRejectTheSkippedOne() throws Exception {
    String autumn =
        """
        start,import_kwh
        2026-10-25 01:00,1.0
        2026-10-25 02:00,3.0
        2026-10-25 02:00,4.0
        2026-10-25 03:00,1.0
        """;
    EnergySeries series =
        EnergyCsv.parse("autumn.csv", autumn, STOCKHOLM)
            .energy(
                "", Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-26T00:00:00Z"));
    assertThat(series.intervals())
        .extracting(EnergyInterval::start)
        .containsExactly(
            Instant.parse("2026-10-24T23:00:00Z"),
            Instant.parse("2026-10-25T00:00:00Z"),
            Instant.parse("2026-10-25T01:00:00Z"),
            Instant.parse("2026-10-25T02:00:00Z"));
    String spring = "start,import_kwh\n2026-03-29 01:00,1.0\n2026-03-29 02:00,1.0\n";
    assertThatThrownBy(() -> EnergyCsv.parse("spring.csv", spring, STOCKHOLM))
        .isInstanceOf(TariffException.class)
        .hasMessage(
            "spring.csv:3: start 2026-03-29T02:00 does not exist in Europe/Stockholm (the clocks"
                + " skip it in spring): give the time with its offset or in UTC");
  }
}
