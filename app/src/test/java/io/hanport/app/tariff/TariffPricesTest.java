package io.hanport.app.tariff;

import static io.hanport.app.tariff.TariffFixtures.STOCKHOLM;
import static io.hanport.app.tariff.TariffFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spot prices: files in common layouts, exact costs, and missing prices reported, not zero. */
class TariffPricesTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
  private static final int QUARTERS = 31 * 96;
  private static final Duration QUARTER = Duration.ofMinutes(15);

  @TempDir Path dir;

  /** Quarter i of January: price 0.1 + (i mod 96) × 0.001 SEK/kWh. */
  private static BigDecimal price(int quarter) {
    return new BigDecimal("0.1")
        .add(new BigDecimal("0.001").multiply(BigDecimal.valueOf(quarter % 96)));
  }

  /** Quarter i of January: import 0.1 + (i mod 7) × 0.01 kWh. */
  private static BigDecimal energy(int quarter) {
    return new BigDecimal("0.1")
        .add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(quarter % 7)));
  }

  private static Instant quarterStart(int quarter) {
    return JAN_1.atStartOfDay(STOCKHOLM).toInstant().plus(QUARTER.multipliedBy(quarter));
  }

  private static EnergySeries januaryEnergy() {
    List<EnergyInterval> intervals = new ArrayList<>();
    for (int i = 0; i < QUARTERS; i++) {
      intervals.add(
          new EnergyInterval(quarterStart(i), quarterStart(i + 1), energy(i), BigDecimal.ZERO));
    }
    return EnergySeries.of(intervals);
  }

  /**
   * A month of 15-minute prices written the way a Swedish spreadsheet exports them: semicolons,
   * decimal commas, local times, no end column, one quarter left out when {@code skip} ≥ 0.
   */
  private Path januaryPriceFile(int skip) throws Exception {
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    StringBuilder csv = new StringBuilder("start;price_per_kwh;currency\n");
    for (int i = 0; i < QUARTERS; i++) {
      if (i != skip) {
        LocalDateTime start = LocalDateTime.ofInstant(quarterStart(i), STOCKHOLM);
        csv.append(local.format(start))
            .append(';')
            .append(price(i).toPlainString().replace('.', ','))
            .append(";SEK\n");
      }
    }
    Path file = dir.resolve("se3-2026-01.csv");
    Files.writeString(file, csv);
    return file;
  }

  private static PriceTable table(Path file) throws Exception {
    PriceTable table = new PriceTable("SE3", "SEK");
    table.putAll(PriceFiles.parse(file.toString(), Files.readString(file), STOCKHOLM, "SEK"));
    return table;
  }

  @Test
  void aMonthOfQuarterHourPricesFromAFileCostsExactlyTheSumOfEnergyTimesPrice() throws Exception {
    PriceTable prices = table(januaryPriceFile(-1));
    Bill bill =
        new TariffEngine(rules("")).bill(januaryEnergy(), Optional.of(prices), JAN_1, FEB_1);
    BigDecimal expected = BigDecimal.ZERO;
    for (int i = 0; i < QUARTERS; i++) {
      expected = expected.add(energy(i).multiply(price(i)));
    }
    assertThat(bill.intervals()).hasSize(2976);
    assertThat(bill.total().spotCost()).isEqualByComparingTo(expected);
    assertThat(bill.missingPrices()).isEmpty();
    assertThat(bill.complete()).isTrue();
  }

  @Test
  void aMissingQuarterIsReportedAndLeftOutNotPricedAtZero() throws Exception {
    int missing = 1000; // 11 January 10:00–10:15 local
    PriceTable prices = table(januaryPriceFile(missing));
    Bill bill =
        new TariffEngine(rules("")).bill(januaryEnergy(), Optional.of(prices), JAN_1, FEB_1);
    assertThat(bill.complete()).isFalse();
    assertThat(bill.missingPrices())
        .containsExactly(new TimeSpan(quarterStart(missing), quarterStart(missing + 1)));
    IntervalCost unpriced = bill.intervals().get(missing);
    assertThat(unpriced.spotPricePerKwh()).isEmpty();
    assertThat(unpriced.spotCost()).isEmpty();
    BigDecimal known = BigDecimal.ZERO;
    for (int i = 0; i < QUARTERS; i++) {
      if (i != missing) {
        known = known.add(energy(i).multiply(price(i)));
      }
    }
    assertThat(bill.total().spotCost()).isEqualByComparingTo(known);
    assertThat(BillText.render(bill, false))
        .contains("INCOMPLETE")
        .contains(
            "Spot prices missing (not priced at zero), 1 span:\n  2026-01-11 10:00–10:15 (+01:00)");
  }

  @Test
  void hourlyPricesCoverEachQuarterOfTheirHour() throws Exception {
    PriceTable table = new PriceTable("SE3", "SEK");
    table.putAll(
        PriceFiles.parse(
            "hourly.csv",
            "2026-01-01T00:00:00+01:00,2026-01-01T01:00:00+01:00,0.40,SEK\n",
            STOCKHOLM,
            "SEK"));
    Instant start = Instant.parse("2025-12-31T23:15:00Z");
    assertThat(table.priceFor(start, start.plus(QUARTER))).contains(new BigDecimal("0.40"));
  }

  @Test
  void anHourOfEnergyUnderQuarterPricesTakesTheirTimeWeightedMean() throws Exception {
    PriceTable table = new PriceTable("FI", "EUR");
    table.putAll(
        PriceFiles.parse(
            "fi.csv",
            "start,price_per_mwh\n2026-01-01T00:00Z,40\n2026-01-01T00:15Z,80\n"
                + "2026-01-01T00:30Z,40\n2026-01-01T00:45Z,80\n",
            STOCKHOLM,
            "EUR"));
    Instant hour = Instant.parse("2026-01-01T00:00:00Z");
    // EUR/MWh → EUR/kWh: 0.04 and 0.08; mean over the hour (0.04 + 0.08 + 0.04 + 0.08) / 4 = 0.06.
    assertThat(table.priceFor(hour, hour.plusSeconds(3600)).orElseThrow())
        .isEqualByComparingTo("0.06");
    // One quarter without a price leaves the whole hour without one.
    assertThat(table.priceFor(hour, hour.plusSeconds(4500))).isEmpty();
  }

  static Stream<Arguments> headerlessLayouts() {
    return Stream.of(
        Arguments.of("2026-01-01T00:00Z,0.5\n2026-01-01T01:00Z,0.6", "0.5", "SEK"),
        Arguments.of(
            "2026-01-01T00:00Z;2026-01-01T01:00Z;0,5\n2026-01-01T01:00Z;2026-01-01T02:00Z;0,6",
            "0.5",
            "SEK"),
        Arguments.of("2026-01-01T00:00Z,0.5,eur\n2026-01-01T01:00Z,0.6,eur", "0.5", "EUR"),
        Arguments.of(
            "\"2026-01-01T00:00Z\",\"2026-01-01T01:00Z\",\"0,5\",\"NOK\"\n"
                + "\"2026-01-01T01:00Z\",\"2026-01-01T02:00Z\",\"0,6\",\"NOK\"",
            "0.5",
            "NOK"),
        Arguments.of("2026-01-01 01:00\t0.25\n2026-01-01 02:00\t0.3", "0.25", "SEK"));
  }

  @ParameterizedTest
  @MethodSource("headerlessLayouts")
  void headerlessLayoutsAreReadByTheirColumns(String text, String price, String currency)
      throws Exception {
    List<SpotPrice> prices = PriceFiles.parse("p.csv", text, STOCKHOLM, "SEK");
    assertThat(prices).hasSize(2);
    assertThat(prices.get(0).start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(prices.get(0).end()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
    assertThat(prices.get(0).pricePerKwh()).isEqualByComparingTo(price);
    assertThat(prices.get(0).currency()).isEqualTo(currency);
  }

  @Test
  void jsonPricesInTheSwedishApiShapeAreRead() throws Exception {
    String json =
        """
        [{"SEK_per_kWh": 0.31, "EUR_per_kWh": 0.027, "EXR": 11.4,
          "time_start": "2026-01-15T00:00:00+01:00", "time_end": "2026-01-15T00:15:00+01:00"}]
        """;
    List<SpotPrice> prices = PriceFiles.parse("api.json", json, STOCKHOLM, "SEK");
    assertThat(prices)
        .containsExactly(
            new SpotPrice(
                Instant.parse("2026-01-14T23:00:00Z"),
                Instant.parse("2026-01-14T23:15:00Z"),
                new BigDecimal("0.31"),
                "SEK"));
  }

  static Stream<Arguments> badPriceFiles() {
    String header = "start,price_per_kwh\n";
    return Stream.of(
        Arguments.of(
            header + "2026-01-01T00:00Z,abc\n2026-01-01T01:00Z,1",
            "p.csv:2: price 'abc' is not a number: write digits with '.' or ',' as the decimal"
                + " mark, e.g. 0.4235 or 0,4235"),
        Arguments.of(
            header + "2026-01-01T00:00Z,1\n2026-01-01T00:00Z,1",
            "p.csv:3: starts at 2026-01-01T00:00:00Z, not after the line before"
                + " (2026-01-01T00:00:00Z): lines must be in time order without repeats"),
        Arguments.of(
            "start,end,price_per_kwh\n2026-01-01T00:00Z,2026-01-01T02:00Z,1\n"
                + "2026-01-01T01:00Z,2026-01-01T02:00Z,1",
            "p.csv:3: starts at 2026-01-01T01:00:00Z, before the previous line ends"
                + " (2026-01-01T02:00:00Z): lines must be in time order without overlaps"),
        Arguments.of(
            "start,end,price_per_kwh\n2026-01-01T00:00Z,2026-01-01T00:00Z,1",
            "p.csv:2: end 2026-01-01T00:00:00Z is not after start 2026-01-01T00:00:00Z"),
        Arguments.of(
            "time,cost\n2026-01-01T00:00Z,1",
            "p.csv: no 'price_per_kwh' (or 'price_per_mwh') column: expected a header like"
                + " 'start,end,price_per_kwh,currency' (end and currency optional)"),
        Arguments.of(
            header + "yesterday,1",
            "p.csv:2: start 'yesterday' is not a date-time: write 2026-01-15T13:00:00+01:00,"
                + " 2026-01-15T12:00:00Z or 2026-01-15 13:00 (local time in Europe/Stockholm)"),
        Arguments.of(
            "start,price_per_kwh,currency\n2026-01-01T00:00Z,1,kronor\n2026-01-01T01:00Z,1,SEK",
            "p.csv:2: currency 'kronor' is not a three-letter code like SEK or EUR"),
        Arguments.of(
            header + "2026-01-01T00:00Z,1",
            "p.csv: one price and no 'end' column: add an end so its length is known"),
        Arguments.of(
            "[{\"start\": \"2026-01-01T00:00Z\", \"price_per_kwh\": 1}]",
            "p.csv: price [0]: no 'end' time: each price needs its start and end"),
        Arguments.of(
            "[{\"start\": \"2026-01-01T00:00Z\",",
            "p.csv:1: not valid JSON: Unexpected end-of-input within/between Object entries"));
  }

  @ParameterizedTest
  @MethodSource("badPriceFiles")
  void aBadLineSaysExactlyWhatIsWrong(String text, String message) {
    assertThatThrownBy(() -> PriceFiles.parse("p.csv", text, STOCKHOLM, "SEK"))
        .isInstanceOf(TariffException.class)
        .hasMessage(message);
  }

  @Test
  void pricesInAnotherCurrencyThanTheTariffAreRefused() throws Exception {
    SpotPrices spot = new SpotPrices(new MemoryPriceStore(), Optional.empty(), STOCKHOLM);
    spot.importPrices(
        "SE3",
        List.of(
            new SpotPrice(
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T01:00:00Z"),
                BigDecimal.ONE,
                "EUR")));
    assertThatThrownBy(() -> spot.table("SE3", "SEK", JAN_1, JAN_1.plusDays(1)))
        .isInstanceOf(TariffException.class)
        .hasMessage(
            "the stored price at 2026-01-01T00:00:00Z is in EUR but the tariff bills in SEK: give"
                + " prices in SEK (hanport converts no currencies)");
  }
}
