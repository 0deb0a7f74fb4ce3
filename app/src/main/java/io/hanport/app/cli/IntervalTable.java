package io.hanport.app.cli;

import io.hanport.app.store.EnergyInterval;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * {@code export}'s rows as CSV (a header, then one line per interval) or JSON lines (one object per
 * line, READING.md's naming: units in the names, absent values left out). A gap, an interval
 * without readings, is a row with its start and end and nothing else: never zero energy.
 */
final class IntervalTable {

  /** A row: an interval the store has, or a gap between two it has. */
  record Row(Instant start, Instant end, Optional<EnergyInterval> interval) {}

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private record Column(String name, Function<EnergyInterval, Optional<String>> value) {}

  private static final List<Column> VALUES =
      List.of(
          new Column("import_kwh", interval -> Optional.of(kwh(interval.importKwh()))),
          new Column("export_kwh", interval -> Optional.of(kwh(interval.exportKwh()))),
          new Column("readings", interval -> Optional.of(String.valueOf(interval.readings()))),
          new Column("complete", interval -> Optional.of(String.valueOf(interval.complete()))),
          new Column(
              "segment_breaks", interval -> Optional.of(String.valueOf(interval.segmentBreaks()))),
          new Column("power_min_w", interval -> number(interval.measurements().powerMinW())),
          new Column("power_max_w", interval -> number(interval.measurements().powerMaxW())),
          new Column("power_mean_w", interval -> number(interval.measurements().powerMeanW())),
          new Column(
              "current_l1_max_a", interval -> number(interval.measurements().currentL1MaxA())),
          new Column(
              "current_l2_max_a", interval -> number(interval.measurements().currentL2MaxA())),
          new Column(
              "current_l3_max_a", interval -> number(interval.measurements().currentL3MaxA())),
          new Column("voltage_min_v", interval -> number(interval.measurements().voltageMinV())),
          new Column("voltage_max_v", interval -> number(interval.measurements().voltageMaxV())));

  private final ZoneId zone;

  IntervalTable(ZoneId zone) {
    this.zone = zone;
  }

  void csv(List<Row> rows, PrintWriter out) {
    List<String> header = new ArrayList<>(List.of("start", "end"));
    VALUES.forEach(column -> header.add(column.name()));
    out.print(String.join(",", header) + "\n");
    for (Row row : rows) {
      StringBuilder line = new StringBuilder(time(row.start())).append(',').append(time(row.end()));
      for (Column column : VALUES) {
        line.append(',').append(row.interval().flatMap(column.value()).orElse(""));
      }
      out.print(line.append('\n'));
    }
  }

  void jsonLines(List<Row> rows, PrintWriter out) {
    for (Row row : rows) {
      StringBuilder line = new StringBuilder("{\"start\":\"").append(time(row.start()));
      line.append("\",\"end\":\"").append(time(row.end())).append('"');
      if (row.interval().isEmpty()) {
        line.append(",\"gap\":true");
      }
      for (Column column : VALUES) {
        row.interval()
            .flatMap(column.value())
            .ifPresent(
                value -> line.append(",\"").append(column.name()).append("\":").append(value));
      }
      out.print(line.append("}\n"));
    }
  }

  private String time(Instant instant) {
    return TIME.format(instant.atZone(zone));
  }

  /** Registers are kept in millionths of a kWh; trailing zeros say nothing. */
  private static String kwh(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** Three decimals at most: a mean of watts has no more meaning than that. */
  private static Optional<String> number(OptionalDouble value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value.getAsDouble()).setScale(3, RoundingMode.HALF_EVEN);
    return Optional.of(rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString());
  }
}
