package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Spot prices from CSV: {@code start,end,price_per_kwh,currency} with a header, where {@code end}
 * and {@code currency} are optional and {@code price_per_mwh} may replace {@code price_per_kwh}
 * (exchanges publish EUR/MWh). Without a header the columns are taken by count: {@code
 * start,price}, {@code start,end,price} or {@code start,price,currency}, {@code
 * start,end,price,currency}. Without an end, each price lasts the file's resolution (the shortest
 * step between starts), so a missing hour stays missing instead of stretching its neighbour.
 */
final class PriceCsv {

  private static final BigDecimal KWH_PER_MWH = BigDecimal.valueOf(1000);

  private final CsvTable table;
  private final TimeText times;
  private final String defaultCurrency;
  private int startColumn;
  private OptionalInt endColumn = OptionalInt.empty();
  private int priceColumn;
  private boolean perMwh;
  private OptionalInt currencyColumn = OptionalInt.empty();

  private PriceCsv(CsvTable table, ZoneId zone, String defaultCurrency) {
    this.table = table;
    this.times = new TimeText(zone);
    this.defaultCurrency = defaultCurrency;
  }

  static List<SpotPrice> parse(String file, String text, ZoneId zone, String defaultCurrency)
      throws TariffException {
    CsvTable table = CsvTable.parse(file, text, TimeText::looksLikeTime);
    PriceCsv reader = new PriceCsv(table, zone, defaultCurrency);
    reader.locateColumns();
    return reader.prices();
  }

  private void locateColumns() throws TariffException {
    if (table.rows().isEmpty()) {
      throw table.error("no prices in the file");
    }
    if (table.hasHeader()) {
      locateNamedColumns();
    } else {
      locateColumnsByCount(table.rows().get(0));
    }
  }

  private void locateNamedColumns() throws TariffException {
    startColumn =
        table
            .column("start", "time", "time_start", "start_time", "from", "timestamp")
            .orElseThrow(() -> table.error("no 'start' column in the header: " + layoutHint()));
    endColumn = table.column("end", "time_end", "end_time", "to");
    currencyColumn = table.column("currency");
    OptionalInt kwh = table.column("price_per_kwh", "price");
    OptionalInt mwh = table.column("price_per_mwh");
    if (kwh.isEmpty() && mwh.isEmpty()) {
      throw table.error("no 'price_per_kwh' (or 'price_per_mwh') column: " + layoutHint());
    }
    perMwh = kwh.isEmpty();
    priceColumn = perMwh ? mwh.getAsInt() : kwh.getAsInt();
  }

  private void locateColumnsByCount(CsvTable.Row first) throws TariffException {
    int count = first.cells().size();
    boolean secondIsTime = count > 1 && TimeText.looksLikeTime(first.cell(1));
    startColumn = 0;
    if (count == 2 || (count == 3 && !secondIsTime)) {
      priceColumn = 1;
      currencyColumn = count == 3 ? OptionalInt.of(2) : OptionalInt.empty();
    } else if (count == 3 || count == 4) {
      endColumn = OptionalInt.of(1);
      priceColumn = 2;
      currencyColumn = count == 4 ? OptionalInt.of(3) : OptionalInt.empty();
    } else {
      throw table.error(first, count + " columns without a header line: " + layoutHint());
    }
  }

  private List<SpotPrice> prices() throws TariffException {
    List<Instant> starts = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      Instant previous = starts.isEmpty() ? null : starts.get(starts.size() - 1);
      Instant start = times.parse(row.cell(startColumn), previous, where(row, "start"));
      TimeText.checkAfter(table, row, start, previous);
      starts.add(start);
    }
    Duration resolution = endColumn.isPresent() ? Duration.ZERO : resolution(starts);
    List<SpotPrice> prices = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      CsvTable.Row row = table.rows().get(i);
      Instant end =
          endColumn.isPresent()
              ? times.parse(row.cell(endColumn.getAsInt()), starts.get(i), where(row, "end"))
              : starts.get(i).plus(resolution);
      SpotPrice price =
          new SpotPrice(
              starts.get(i), checkedEnd(row, starts.get(i), end), price(row), currency(row));
      checkOrder(row, prices, price);
      prices.add(price);
    }
    return prices;
  }

  private Duration resolution(List<Instant> starts) throws TariffException {
    return TimeText.shortestStep(starts)
        .orElseThrow(
            () -> table.error("one price and no 'end' column: add an end so its length is known"));
  }

  private Instant checkedEnd(CsvTable.Row row, Instant start, Instant end) throws TariffException {
    if (!end.isAfter(start)) {
      throw table.error(row, "end " + end + " is not after start " + start);
    }
    return end;
  }

  private BigDecimal price(CsvTable.Row row) throws TariffException {
    String text = row.cell(priceColumn);
    BigDecimal value =
        CsvTable.decimal(text)
            .orElseThrow(
                () ->
                    table.error(
                        row,
                        "price '"
                            + text
                            + "' is not a number: write digits with '.' or ',' as the decimal"
                            + " mark, e.g. 0.4235 or 0,4235"));
    return perMwh ? value.divide(KWH_PER_MWH) : value;
  }

  private String currency(CsvTable.Row row) throws TariffException {
    String text =
        currencyColumn.isPresent() ? row.cell(currencyColumn.getAsInt()) : defaultCurrency;
    String code = text.toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{3}")) {
      throw table.error(row, "currency '" + text + "' is not a three-letter code like SEK or EUR");
    }
    return code;
  }

  private void checkOrder(CsvTable.Row row, List<SpotPrice> earlier, SpotPrice price)
      throws TariffException {
    if (!earlier.isEmpty() && price.start().isBefore(earlier.get(earlier.size() - 1).end())) {
      throw table.error(
          row,
          "starts at "
              + price.start()
              + ", before the previous line ends ("
              + earlier.get(earlier.size() - 1).end()
              + "): lines must be in time order without overlaps");
    }
  }

  private String where(CsvTable.Row row, String column) {
    return table.where(row) + " " + column;
  }

  private static String layoutHint() {
    return "expected a header like 'start,end,price_per_kwh,currency' (end and currency optional)";
  }
}
