package io.hanport.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells printed in aligned columns: numbers right-aligned so their digits line up, labels
 * and units left-aligned. Empty columns stay empty; lines carry no trailing blanks.
 */
final class TextTable {

  enum Align {
    LEFT,
    RIGHT
  }

  private static final String GAP = "  ";

  private final Align[] aligns;
  private final List<String[]> rows = new ArrayList<>();

  TextTable(Align... aligns) {
    this.aligns = aligns.clone();
  }

  TextTable row(String... cells) {
    if (cells.length != aligns.length) {
      throw new IllegalArgumentException(cells.length + " cells for " + aligns.length + " columns");
    }
    rows.add(cells.clone());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void render(StringBuilder text, String indent) {
    int[] widths = widths();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int column = 0; column < row.length; column++) {
        if (widths[column] == 0) {
          continue;
        }
        String padding = " ".repeat(widths[column] - row[column].length());
        line.append(aligns[column] == Align.RIGHT ? padding + row[column] : row[column] + padding);
        line.append(GAP);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** Cell widths per column; a column with no text anywhere is left out entirely. */
  private int[] widths() {
    int[] widths = new int[aligns.length];
    for (String[] row : rows) {
      for (int column = 0; column < row.length; column++) {
        widths[column] = Math.max(widths[column], row[column].length());
      }
    }
    return widths;
  }
}
