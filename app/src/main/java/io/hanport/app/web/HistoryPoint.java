package io.hanport.app.web;

import java.time.Instant;

/**
 * The energy of one history interval.
 *
 * @param start the interval's first instant, on a {@link Resolution} boundary
 * @param importKwh energy taken from the grid during the interval
 * @param exportKwh energy fed into the grid during the interval (0 for a meter without export)
 * @param complete false when the energy also covers a gap in the readings: the store puts a gap's
 *     energy in the interval where readings resume, so that bar stands for more than its own time
 */
public record HistoryPoint(Instant start, double importKwh, double exportKwh, boolean complete) {

  /** An interval the readings covered. */
  public HistoryPoint(Instant start, double importKwh, double exportKwh) {
    this(start, importKwh, exportKwh, true);
  }
}
