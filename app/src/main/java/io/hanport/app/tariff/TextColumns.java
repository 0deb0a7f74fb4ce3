package io.hanport.app.tariff;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows printed as aligned columns: the first column left-aligned, the others right-aligned so
 * digits line up. Lines carry no trailing blanks.
 */
final class TextColumns {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  TextColumns(int columns) {
    this.columns = columns;
  }

  void row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
    }
    rows.add(cells.clone());
  }

  void render(StringBuilder out) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String padding = " ".repeat(widths[i] - row[i].length());
        line.append(i == 0 ? row[i] + padding : "  " + padding + row[i]);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    rows.clear();
  }
}
