package io.hanport.app.tariff;

import static io.hanport.app.tariff.TariffFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule files: every shipped example reads, each setting means what the README says, errors say
 * where.
 */
class TariffRulesReaderTest {

  @Test
  void everyShippedExampleReadsAndStatesItsSource() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/tariffs"))) {
      List<String> onDisk =
          files.map(file -> file.getFileName().toString().replace(".yaml", "")).sorted().toList();
      assertThat(onDisk).containsExactlyInAnyOrderElementsOf(ShippedTariffs.NAMES);
    }
    for (String name : ShippedTariffs.NAMES) {
      String text = ShippedTariffs.text(name).orElseThrow();
      TariffRules rules = RulesReader.read("tariffs/" + name + ".yaml", text);
      assertThat(rules.source()).as(name).isNotBlank();
      assertThat(text).as(name).contains("PRICES CHANGE").contains("Source");
      assertThat(rules.peak()).as(name).isPresent();
    }
  }

  @Test
  void ellevioMeansTopThreeDistinctDaysWithHalfWeightNightsAndPricesWithoutVat() throws Exception {
    TariffRules ellevio =
        RulesReader.read("ellevio.yaml", ShippedTariffs.text("ellevio").orElseThrow());
    PeakRule peak = ellevio.peak().orElseThrow();
    assertThat(peak.topN()).isEqualTo(3);
    assertThat(peak.distinctDays()).isTrue();
    assertThat(peak.measureMinutes()).isEqualTo(60);
    // 81.25 kr/kW with VAT is 81.25 / 1.25 = 65 kr/kW without; 365 kr/month → 292; 6.25 öre → 5.
    PeakPricing.PerKw perKw = (PeakPricing.PerKw) peak.pricing();
    assertThat(perKw.pricePerKw(Month.JANUARY)).isEqualByComparingTo("65");
    assertThat(ellevio.fixedFees().get(0).perMonth()).isEqualByComparingTo("292");
    assertThat(ellevio.energyFees().get(0).rates().get(0).value()).isEqualByComparingTo("0.05");
    // 54.875 öre with VAT is the 43.9 öre energy tax.
    assertThat(ellevio.taxes().get(0).rates().get(0).value()).isEqualByComparingTo("0.439");
    Rate night = peak.weights().get(0);
    assertThat(night.value()).isEqualByComparingTo("0.5");
    assertThat(night.when().matches(LocalDateTime.parse("2026-01-05T23:00"), Set.of())).isTrue();
    assertThat(night.when().matches(LocalDateTime.parse("2026-01-05T05:00"), Set.of())).isTrue();
    assertThat(night.when().matches(LocalDateTime.parse("2026-01-05T06:00"), Set.of())).isFalse();
  }

  @Test
  void ratesByTimeOfUseTakeTheFirstMatch() throws Exception {
    TariffRules rules =
        rules(
            """
            holidays: [2026-01-06]
            energy_fees:
              - name: Överföring
                rates:
                  - months: nov-mar
                    days: weekdays
                    hours: 06-22
                    holidays: exclude
                    per_kwh: 0.50
                  - {per_kwh: 0.10}
            """);
    Charge fee = rules.energyFees().get(0);
    // Monday 5 January 2026, 06:00: winter working day → high; 22:00 → low.
    assertThat(fee.rateAt(LocalDateTime.parse("2026-01-05T06:00"), rules.holidays()))
        .isEqualByComparingTo("0.50");
    assertThat(fee.rateAt(LocalDateTime.parse("2026-01-05T22:00"), rules.holidays()))
        .isEqualByComparingTo("0.10");
    // Tuesday 6 January is a listed holiday, Saturday 10 January a weekend, April is summer.
    assertThat(fee.rateAt(LocalDateTime.parse("2026-01-06T12:00"), rules.holidays()))
        .isEqualByComparingTo("0.10");
    assertThat(fee.rateAt(LocalDateTime.parse("2026-01-10T12:00"), rules.holidays()))
        .isEqualByComparingTo("0.10");
    assertThat(fee.rateAt(LocalDateTime.parse("2026-04-06T12:00"), rules.holidays()))
        .isEqualByComparingTo("0.10");
  }

  @Test
  void selectorsAcceptListsRangesAndWrappingHours() throws Exception {
    TariffRules rules =
        rules(
            """
            peak:
              measure_minutes: 15
              top_n: 1
              windows:
                - {months: [nov, dec, 1, february, mar], days: [sat, sun], hours: "22:30-06"}
              price_per_kw: 1
            """);
    When window = rules.peak().orElseThrow().windows().get(0);
    assertThat(window.months())
        .containsExactlyInAnyOrder(
            Month.NOVEMBER, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY, Month.MARCH);
    assertThat(window.days()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(window.hours().orElseThrow()).isEqualTo(new HourRange(22 * 60 + 30, 6 * 60));
  }

  @Test
  void aYearlyFixedFeeIsBilledAsATwelfthPerMonth() throws Exception {
    TariffRules rules = rules("fixed:\n  - {name: Grundavgift, per_year: 1224}\n");
    assertThat(rules.fixedFees().get(0).perMonth()).isEqualByComparingTo("102");
  }

  static Stream<Arguments> invalidFiles() {
    String header =
        "name: T\n"
            + "currency: SEK\n"
            + "time_zone: Europe/Stockholm\n"
            + "vat: 0.25\n"
            + "prices_include_vat: false\n";
    String peak = "peak:\n  measure_minutes: 60\n";
    return Stream.of(
        Arguments.of(
            header + peak + "  top_n: three\n  price_per_kw: 1\n",
            "test.yaml:8: peak.top_n must be a whole number ≥ 1, got \"three\""),
        Arguments.of(
            header + peak + "  top_n: 0\n  price_per_kw: 1\n",
            "test.yaml:8: peak.top_n must be a whole number ≥ 1, got \"0\""),
        Arguments.of(
            header + "peak:\n  measure_minutes: 45\n  top_n: 3\n  price_per_kw: 1\n",
            "test.yaml:7: peak.measure_minutes must be 15, 30 or 60, got \"45\""),
        Arguments.of(
            header + peak + "  top-n: 3\n",
            "test.yaml:8: peak has no setting 'top-n'; the settings are distinct_days,"
                + " measure_minutes, minimum_kw, price_per_kw, rolling_months, steps, top_n,"
                + " weights, windows"),
        Arguments.of(
            header + peak + "  top_n: 3\n",
            "test.yaml:7: peak needs exactly one of 'price_per_kw' (a price per kW and month) and"
                + " 'steps' (a monthly amount per bracket of kW)"),
        Arguments.of(
            header.replace("currency: SEK\n", ""),
            "test.yaml:1: the file needs 'currency', e.g. currency: SEK"),
        Arguments.of(
            header.replace("Europe/Stockholm", "Europe/Stokholm"),
            "test.yaml:3: time_zone must be a time zone like Europe/Stockholm or Europe/Oslo, got"
                + " \"Europe/Stokholm\""),
        Arguments.of(
            header.replace("vat: 0.25", "vat: 25"),
            "test.yaml:4: vat must be a fraction below 1, like 0.25 for 25 %, got \"25\""),
        Arguments.of(
            header.replace("vat: 0.25", "vat: 0,25"),
            "test.yaml:4: vat must be a fraction like 0.25 for 25 %, got \"0,25\""),
        Arguments.of(
            header.replace("prices_include_vat: false", "prices_include_vat: ja"),
            "test.yaml:5: prices_include_vat must be true or false, got \"ja\""),
        Arguments.of(
            header + peak + "  top_n: 1\n  windows: [{hours: 7-25}]\n  price_per_kw: 1\n",
            "test.yaml:9: peak.windows[0].hours must be clock hours from-to like 07-19 or 22-06"
                + " (to is exclusive; 00-24 is all day), got \"7-25\""),
        Arguments.of(
            header + peak + "  top_n: 1\n  windows: [{days: workdays}]\n  price_per_kw: 1\n",
            "test.yaml:9: peak.windows[0].days must be weekdays, weekends, all, a range like"
                + " mon-fri or a list, got \"workdays\""),
        Arguments.of(
            header + peak + "  top_n: 1\n  windows: [{months: winter}]\n  price_per_kw: 1\n",
            "test.yaml:9: peak.windows[0].months must be months like nov-mar, [nov, dec, jan] or"
                + " jan, got \"winter\""),
        Arguments.of(
            header
                + peak
                + "  top_n: 3\n  steps:\n    - {from_kw: 0, to_kw: 2, per_month: 1}\n"
                + "    - {from_kw: 3, to_kw: 5, per_month: 2}\n",
            "test.yaml:11: peak.steps[1].from_kw must be 2 (steps start at 0 and each starts where"
                + " the one before ends), got \"3\""),
        Arguments.of(
            header
                + peak
                + "  top_n: 3\n  steps:\n    - {from_kw: 0, per_month: 1}\n"
                + "    - {from_kw: 2, per_month: 2}\n",
            "test.yaml:10: peak.steps[0] needs 'to_kw': only the last step may be open-ended"),
        Arguments.of(
            header
                + "energy_fees:\n  - name: Dag\n    rates:\n      - {hours: 06-22, per_kwh: 0.5}\n",
            "test.yaml:9: energy_fees[0].rates must end with a rate without"
                + " months/days/hours/holidays, so every hour has a price (first match wins; add"
                + " '- per_kwh: 0' if the other hours are free)"),
        Arguments.of(
            header + "taxes:\n  - {name: Skatt, per_kwh: 0.4}\n  - {name: skatt, per_kwh: 0.1}\n",
            "test.yaml:8: taxes[1].name must differ from the other names in the list (the bill"
                + " lists each), got \"skatt\""),
        Arguments.of(
            header + "fixed:\n  - {name: Avgift, per_month: 10, per_year: 120}\n",
            "test.yaml:7: fixed[0] needs exactly one of 'per_month' and 'per_year'"),
        Arguments.of(
            header + "holidays: [2026-13-01]\n",
            "test.yaml:6: holidays[0] must be a date like 2026-12-24, got \"2026-13-01\""),
        Arguments.of(header + "name: Again\n", "test.yaml:6: the file sets 'name' twice"),
        Arguments.of(
            header + "peak: [1, 2\n",
            "test.yaml:7: not valid YAML: expected ',' or ']', but got <stream end>"),
        Arguments.of(
            "",
            "test.yaml: the file is empty: a tariff needs at least name, currency,"
                + " time_zone, vat and prices_include_vat"));
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void anInvalidFileIsRejectedWithFileLineSettingAndFix(String yaml, String message) {
    assertThatThrownBy(() -> RulesReader.read("test.yaml", yaml))
        .isInstanceOf(TariffException.class)
        .hasMessage(message);
  }

  @Test
  void amountsStatedWithVatAreConvertedOnceToAmountsWithout() throws Exception {
    TariffRules rules =
        RulesReader.read(
            "gross.yaml",
            """
            name: Gross
            currency: NOK
            time_zone: Europe/Oslo
            vat: 0.25
            prices_include_vat: true
            fixed: [{name: Fast, per_month: 125}]
            peak:
              measure_minutes: 60
              top_n: 3
              distinct_days: true
              steps:
                - {from_kw: 0, to_kw: 2, per_month: 250}
                - {from_kw: 2, per_month: 500}
            export:
              spot: true
              grid_benefit: [{name: Nettnytte, per_kwh: 0.05}]
            """);
    assertThat(rules.fixedFees().get(0).perMonth()).isEqualByComparingTo("100");
    PeakPricing.Steps steps = (PeakPricing.Steps) rules.peak().orElseThrow().pricing();
    assertThat(steps.steps().get(0).perMonth()).isEqualByComparingTo("200");
    assertThat(steps.steps().get(1).toKw()).isEmpty();
    // Export income is paid without VAT: never converted.
    Charge benefit = rules.export().orElseThrow().gridBenefit().orElseThrow();
    assertThat(benefit.rates().get(0).value()).isEqualByComparingTo(new BigDecimal("0.05"));
  }

  @Test
  void aMissingShippedNameIsEmptyNotAnError() throws IOException {
    assertThat(ShippedTariffs.text("no-such-grid")).isEmpty();
  }
}
