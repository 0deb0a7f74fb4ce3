package io.hanport.app.tariff;

import static io.hanport.app.tariff.TariffFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.tariff.TariffFixtures.Series;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A whole bill by hand: time-of-use fees, taxes, fixed fees pro rata, VAT, export income. */
class TariffBillTest {

  private static final LocalDate FRIDAY = LocalDate.of(2026, 1, 9);
  private static final LocalDate MONDAY = LocalDate.of(2026, 1, 12);

  private static final String RULES =
      """
      fixed: [{name: Abonnemang, per_month: 300}]
      energy_fees:
        - name: Överföring
          rates:
            - {months: nov-mar, days: weekdays, hours: 06-22, per_kwh: 0.50}
            - {per_kwh: 0.10}
      taxes: [{name: Energiskatt, per_kwh: 0.40}]
      export:
        spot: true
        grid_benefit: [{name: Nätnytta, per_kwh: 0.05}]
      """;

  /** Friday 9 and Saturday 10 January 2026: 1 kWh every hour, 0.5 kWh export 10:00–15:00. */
  private static EnergySeries twoDays() {
    Series series = new Series(FRIDAY, FRIDAY.plusDays(2), 60, "1.0");
    for (String day : List.of("2026-01-09", "2026-01-10")) {
      for (int hour = 10; hour < 15; hour++) {
        series.export(day + "T%02d:00".formatted(hour), "0.5");
      }
    }
    return series.build();
  }

  private static PriceTable flatPrice(String price) {
    PriceTable table = new PriceTable("SE3", "SEK");
    Instant start = FRIDAY.minusDays(1).atStartOfDay(TariffFixtures.STOCKHOLM).toInstant();
    table.putAll(
        List.of(new SpotPrice(start, start.plusSeconds(5 * 86400), new BigDecimal(price), "SEK")));
    return table;
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void twoDaysItemisedByHand() throws Exception {
    Bill bill =
        new TariffEngine(rules(RULES))
            .bill(twoDays(), Optional.of(flatPrice("0.80")), FRIDAY, FRIDAY.plusDays(2));
    CostSummary total = bill.total();
    // Energy: 48 h × 1 kWh = 48 kWh imported; 2 days × 5 h × 0.5 = 5 kWh exported.
    assertThat(total.importKwh()).isEqualByComparingTo("48");
    assertThat(total.exportKwh()).isEqualByComparingTo("5");
    // Spot: 48 × 0.80 = 38.40.
    assertThat(total.spotCost()).isEqualByComparingTo("38.40");
    // Fee: Friday 06–22 is 16 h × 0.50 = 8.00 plus 8 h × 0.10 = 0.80; Saturday 24 × 0.10 = 2.40.
    assertThat(total.energyFees().get("Överföring")).isEqualByComparingTo("11.20");
    // Tax: 48 × 0.40 = 19.20.
    assertThat(total.taxes().get("Energiskatt")).isEqualByComparingTo("19.20");
    // Fixed: 300 × 2 / 31 days = 19.354838…
    assertThat(cents(total.fixedFees().get("Abonnemang"))).isEqualByComparingTo("19.35");
    // Net 38.40 + 11.20 + 19.20 + 19.3548… = 88.1548…; VAT 25 % = 22.0387…; total 110.19.
    assertThat(cents(total.net())).isEqualByComparingTo("88.15");
    assertThat(cents(total.vat())).isEqualByComparingTo("22.04");
    assertThat(cents(total.total())).isEqualByComparingTo("110.19");
    // Export: spot 5 × 0.80 = 4.00, benefit 5 × 0.05 = 0.25, without VAT; to pay 105.94.
    assertThat(total.exportSpotIncome()).isEqualByComparingTo("4.00");
    assertThat(total.exportGridBenefit()).isEqualByComparingTo("0.25");
    assertThat(cents(total.toPay())).isEqualByComparingTo("105.94");
    assertThat(bill.complete()).isTrue();
  }

  @Test
  void daysAndMonthsAddUpToTheTotal() throws Exception {
    Bill bill =
        new TariffEngine(rules(RULES))
            .bill(twoDays(), Optional.of(flatPrice("0.80")), FRIDAY, FRIDAY.plusDays(2));
    assertThat(bill.days()).extracting(DayCost::day).containsExactly(FRIDAY, FRIDAY.plusDays(1));
    // Friday: spot 24 × 0.80 = 19.20, fee 8.80, tax 9.60, fixed 300/31 = 9.677… → net 47.277…
    assertThat(cents(bill.days().get(0).cost().net())).isEqualByComparingTo("47.28");
    BigDecimal daysNet =
        bill.days().stream().map(day -> day.cost().net()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(cents(daysNet)).isEqualByComparingTo(cents(bill.total().net()));
    assertThat(bill.months()).hasSize(1);
    assertThat(bill.months().get(0).cost().total()).isEqualByComparingTo(bill.total().total());
    assertThat(bill.intervals()).hasSize(48);
  }

  @Test
  void aWholeMonthPaysTheFixedFeeExactlyAndAPeriodOverTwoMonthsSplitsIt() throws Exception {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    LocalDate feb15 = LocalDate.of(2026, 2, 15);
    EnergySeries energy = new Series(jan1, feb15, 60, "0").build();
    Bill bill = new TariffEngine(rules(RULES)).bill(energy, Optional.empty(), jan1, feb15);
    // January whole: 300.00. February 1–14: 300 × 14 / 28 = 150.00.
    assertThat(bill.months().get(0).cost().fixedFees().get("Abonnemang"))
        .isEqualByComparingTo("300");
    assertThat(bill.months().get(1).cost().fixedFees().get("Abonnemang"))
        .isEqualByComparingTo("150");
    assertThat(bill.total().fixedFeesTotal()).isEqualByComparingTo("450");
    assertThat(bill.pricesGiven()).isFalse();
    assertThat(BillText.render(bill, false)).contains("no spot prices given: grid charges only");
  }

  @Test
  void missingEnergyIsListedAsAGapNotBilledAsZeroUse() throws Exception {
    EnergySeries energy =
        EnergySeries.of(
            twoDays().intervals().stream()
                .filter(interval -> !interval.start().equals(Instant.parse("2026-01-09T11:00:00Z")))
                .toList());
    Bill bill =
        new TariffEngine(rules(RULES))
            .bill(energy, Optional.of(flatPrice("0.80")), FRIDAY, FRIDAY.plusDays(2));
    assertThat(bill.complete()).isFalse();
    assertThat(bill.missingEnergy())
        .containsExactly(
            new TimeSpan(
                Instant.parse("2026-01-09T11:00:00Z"), Instant.parse("2026-01-09T12:00:00Z")));
    assertThat(BillText.render(bill, false))
        .contains(
            "Energy missing (no data from the meter), 1 span:\n  2026-01-09 12:00–13:00 (+01:00)");
  }

  @Test
  void theTextIsItemisedLikeAnInvoice() throws Exception {
    Bill bill =
        new TariffEngine(rules(RULES))
            .bill(twoDays(), Optional.of(flatPrice("0.80")), FRIDAY, FRIDAY.plusDays(2));
    String text = BillText.render(bill, true);
    assertThat(text)
        .contains("Tariff  Test grid (test.yaml)")
        .contains("Period  2026-01-09 to 2026-01-10 (Europe/Stockholm)")
        .containsPattern("  Spot energy +48\\.000 kWh +38\\.40\n")
        .containsPattern("  Grid fee: Överföring +48\\.000 kWh +11\\.20\n")
        .containsPattern("  Tax: Energiskatt +48\\.000 kWh +19\\.20\n")
        .containsPattern("  Fixed: Abonnemang +19\\.35\n")
        .containsPattern("  VAT 25 % +22\\.04\n")
        .containsPattern("  Total SEK +110\\.19\n")
        .containsPattern("  To pay after export income SEK +105\\.94\n")
        .containsPattern("  2026-01-09 +24\\.000 +2\\.500 +59\\.10 +0\\.00\n");
  }

  @Test
  void pricesStatedWithVatGiveTheSameBillAsPricesWithout() throws Exception {
    TariffRules gross =
        RulesReader.read(
            "gross.yaml",
            """
            name: Gross
            currency: SEK
            time_zone: Europe/Stockholm
            vat: 0.25
            prices_include_vat: true
            fixed: [{name: Abonnemang, per_month: 375}]
            taxes: [{name: Energiskatt, per_kwh: 0.50}]
            """);
    TariffRules net =
        rules(
            "fixed: [{name: Abonnemang, per_month: 300}]\n"
                + "taxes: [{name: Energiskatt, per_kwh: 0.40}]\n");
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    LocalDate feb1 = jan1.plusMonths(1);
    EnergySeries energy = new Series(jan1, feb1, 60, "1.0").build();
    // 744 h × 0.40 = 297.60 + 300 = 597.60 net, × 1.25 = 747.00 with VAT.
    CostSummary a = new TariffEngine(gross).bill(energy, Optional.empty(), jan1, feb1).total();
    CostSummary b = new TariffEngine(net).bill(energy, Optional.empty(), jan1, feb1).total();
    assertThat(a.total()).isEqualByComparingTo("747");
    assertThat(b.total()).isEqualByComparingTo("747");
  }
}
