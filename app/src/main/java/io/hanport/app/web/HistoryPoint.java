package io.hanport.app.web;

import java.time.Instant;

/**
 * The energy of one history interval.
 *
 * @param start the interval's first instant, on a {@link Resolution} boundary
 * @param importKwh energy taken from the grid during the interval
 * @param exportKwh energy fed into the grid during the interval (0 for a meter without export)
 */
public record HistoryPoint(Instant start, double importKwh, double exportKwh) {}
