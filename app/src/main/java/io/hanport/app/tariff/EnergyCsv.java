package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Interval energy from CSV with a header: {@code start,end,import_kwh,export_kwh,meter}, where
 * {@code end}, {@code export_kwh} and {@code meter} are optional (without an end, each interval
 * lasts the shortest step between starts, so gaps stay gaps). Same separators, decimal commas and
 * time forms as price files. Lines must be in time order per meter, without overlaps.
 */
public final class EnergyCsv implements EnergyProvider {

  private final String file;
  private final boolean hasMeterColumn;
  private final Map<String, List<EnergyInterval>> byMeter;

  private EnergyCsv(
      String file, boolean hasMeterColumn, Map<String, List<EnergyInterval>> byMeter) {
    this.file = file;
    this.hasMeterColumn = hasMeterColumn;
    this.byMeter = byMeter;
  }

  /**
   * @param zone the time zone of times written without an offset
   * @throws TariffException naming the line and what is wrong with it
   */
  public static EnergyCsv parse(String file, String text, ZoneId zone) throws TariffException {
    CsvTable table = CsvTable.parse(file, text, TimeText::looksLikeTime);
    if (!table.hasHeader()) {
      throw table.error(
          "the first line must name the columns, e.g. start,end,import_kwh,export_kwh");
    }
    int start = required(table, table.column("start", "time", "from", "timestamp"), "start");
    int imported =
        required(table, table.column("import_kwh", "energy_import_kwh", "import"), "import_kwh");
    Columns columns =
        new Columns(
            start,
            table.column("end", "to"),
            imported,
            table.column("export_kwh", "energy_export_kwh", "export"),
            table.column("meter"));
    return new EnergyCsv(
        file, columns.meter().isPresent(), new EnergyRows(table, zone, columns).read());
  }

  @Override
  public EnergySeries energy(String meter, Instant from, Instant to) throws TariffException {
    if (!meter.isEmpty() && !hasMeterColumn) {
      throw new TariffException(file + " has no 'meter' column: leave out --meter");
    }
    if (meter.isEmpty() && byMeter.size() > 1) {
      throw new TariffException(
          file
              + " holds meters "
              + String.join(", ", byMeter.keySet())
              + ": choose one with --meter");
    }
    String key = meter.isEmpty() ? byMeter.keySet().stream().findFirst().orElse("") : meter;
    if (!byMeter.containsKey(key) && !byMeter.isEmpty()) {
      throw new TariffException(
          file + " has no meter '" + meter + "'; it holds " + String.join(", ", byMeter.keySet()));
    }
    return EnergySeries.of(byMeter.getOrDefault(key, List.of())).between(from, to);
  }

  private static int required(CsvTable table, OptionalInt column, String name)
      throws TariffException {
    if (column.isEmpty()) {
      throw table.error(
          "no '" + name + "' column in the header; expected start,end,import_kwh,export_kwh");
    }
    return column.getAsInt();
  }

  private record Columns(
      int start, OptionalInt end, int imported, OptionalInt exported, OptionalInt meter) {}

  /** Reads the rows of one table, meter by meter. */
  private static final class EnergyRows {
    private final CsvTable table;
    private final TimeText times;
    private final Columns columns;

    EnergyRows(CsvTable table, ZoneId zone, Columns columns) {
      this.table = table;
      this.times = new TimeText(zone);
      this.columns = columns;
    }

    Map<String, List<EnergyInterval>> read() throws TariffException {
      Map<String, List<CsvTable.Row>> rows = new LinkedHashMap<>();
      for (CsvTable.Row row : table.rows()) {
        String meter = columns.meter().isPresent() ? row.cell(columns.meter().getAsInt()) : "";
        rows.computeIfAbsent(meter, name -> new ArrayList<>()).add(row);
      }
      Map<String, List<EnergyInterval>> byMeter = new LinkedHashMap<>();
      for (Map.Entry<String, List<CsvTable.Row>> meter : rows.entrySet()) {
        byMeter.put(meter.getKey(), intervals(meter.getValue()));
      }
      return byMeter;
    }

    private List<EnergyInterval> intervals(List<CsvTable.Row> rows) throws TariffException {
      List<Instant> starts = new ArrayList<>();
      for (CsvTable.Row row : rows) {
        Instant previous = starts.isEmpty() ? null : starts.get(starts.size() - 1);
        Instant start =
            times.parse(row.cell(columns.start()), previous, table.where(row) + " start");
        TimeText.checkAfter(table, row, start, previous);
        starts.add(start);
      }
      Duration step = columns.end().isPresent() ? Duration.ZERO : shortestStep(starts);
      List<EnergyInterval> intervals = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        CsvTable.Row row = rows.get(i);
        Instant start = starts.get(i);
        Instant end =
            columns.end().isPresent()
                ? times.parse(row.cell(columns.end().getAsInt()), start, table.where(row) + " end")
                : start.plus(step);
        if (!end.isAfter(start)) {
          throw table.error(row, "end " + end + " is not after start " + start);
        }
        if (!intervals.isEmpty() && start.isBefore(intervals.get(intervals.size() - 1).end())) {
          throw table.error(
              row,
              "starts before the previous line ends: lines must be in time order, no overlaps");
        }
        BigDecimal exported =
            columns.exported().isPresent()
                ? kwh(row, columns.exported().getAsInt())
                : BigDecimal.ZERO;
        intervals.add(new EnergyInterval(start, end, kwh(row, columns.imported()), exported));
      }
      return intervals;
    }

    private Duration shortestStep(List<Instant> starts) throws TariffException {
      return TimeText.shortestStep(starts)
          .orElseThrow(
              () ->
                  table.error(
                      "one interval and no 'end' column: add an end so its length is known"));
    }

    private BigDecimal kwh(CsvTable.Row row, int column) throws TariffException {
      String text = row.cell(column);
      return CsvTable.decimal(text)
          .filter(value -> value.signum() >= 0)
          .orElseThrow(
              () ->
                  table.error(
                      row,
                      "energy '" + text + "' is not a number of kWh ≥ 0 (e.g. 0.412 or 0,412)"));
    }
  }
}
