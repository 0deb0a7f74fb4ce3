package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * A small CSV reader for the layouts spreadsheets and price sites export: separator {@code ,},
 * {@code ;} or tab (whichever the first line uses), double-quoted cells, a decimal comma, an
 * optional header line, {@code #} comment lines. Every row keeps its line number for messages.
 */
final class CsvTable {

  /** One data line; cells are stripped of surrounding blanks and quotes. */
  record Row(int line, List<String> cells) {
    String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }

  private final String file;
  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(String file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  /**
   * @param looksLikeData tells a data line from a header by its first cell (a time, for example)
   */
  static CsvTable parse(String file, String text, Predicate<String> looksLikeData) {
    List<Row> rows = new ArrayList<>();
    String[] lines = text.replace("\uFEFF", "").split("\r?\n|\r", -1);
    char separator = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (separator == 0) {
        separator = separatorOf(line);
      }
      rows.add(new Row(i + 1, split(line, separator)));
    }
    List<String> header = List.of();
    if (!rows.isEmpty() && !looksLikeData.test(rows.get(0).cell(0))) {
      header = rows.remove(0).cells().stream().map(CsvTable::normalize).toList();
    }
    return new CsvTable(file, header, rows);
  }

  boolean hasHeader() {
    return !header.isEmpty();
  }

  List<Row> rows() {
    return rows;
  }

  /** The first header column named by any of {@code names} (compared case- and blank-blind). */
  OptionalInt column(String... names) {
    for (String name : names) {
      int index = header.indexOf(normalize(name));
      if (index >= 0) {
        return OptionalInt.of(index);
      }
    }
    return OptionalInt.empty();
  }

  TariffException error(Row row, String message) {
    return new TariffException(where(row) + " " + message);
  }

  /** {@code file:line:}, the prefix of every message about a row. */
  String where(Row row) {
    return file + ":" + row.line() + ":";
  }

  TariffException error(String message) {
    return new TariffException(file + ": " + message);
  }

  /** Digits with {@code .} or {@code ,} as the decimal mark; blanks as thousands separators. */
  static Optional<BigDecimal> decimal(String text) {
    String digits = text.replace(" ", "").replace("\u00A0", "");
    if (digits.indexOf(',') >= 0) {
      if (digits.indexOf('.') >= 0 || digits.indexOf(',') != digits.lastIndexOf(',')) {
        return Optional.empty();
      }
      digits = digits.replace(',', '.');
    }
    try {
      return Optional.of(new BigDecimal(digits));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  private static char separatorOf(String line) {
    if (line.indexOf(';') >= 0) {
      return ';';
    }
    return line.indexOf('\t') >= 0 ? '\t' : ',';
  }

  private static List<String> split(String line, char separator) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  private static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
