package io.hanport.app.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * One rollup row: energy from register differences (never integrated power) and what the readings
 * in the interval measured. An interval without readings is not a row: gaps are absent.
 *
 * <p>Each difference between two consecutive register readings belongs to the interval that
 * contains the later reading, a reading exactly on a boundary closing the interval that ends there
 * (unless a gap precedes it: then it opens the next one, so that gap intervals stay absent). So
 * over any span the rows add up to the last register minus the first, exactly, and the energy of a
 * gap lands, marked incomplete, in the interval where readings resume.
 *
 * @param start inclusive
 * @param end exclusive; for days and months the next local midnight in the store's zone
 * @param importKwh register difference of {@code energy_import_kwh}
 * @param exportKwh register difference of {@code energy_export_kwh}
 * @param readings readings received with a time in [start, end)
 * @param complete the register differences cover the whole interval: no gap longer than the
 *     boundary tolerance at its start, inside it or at its end
 * @param segmentBreaks meter swaps or counter resets in the interval; the difference across a break
 *     is unknown and counts as zero
 * @param measurements minimum, maximum and mean of the instantaneous values
 */
public record EnergyInterval(
    Instant start,
    Instant end,
    BigDecimal importKwh,
    BigDecimal exportKwh,
    int readings,
    boolean complete,
    int segmentBreaks,
    Measurements measurements) {

  /**
   * Instantaneous values over the interval; empty where no reading carried them. Power is net:
   * {@code power_import_w − power_export_w}, negative while exporting.
   */
  public record Measurements(
      OptionalDouble powerMinW,
      OptionalDouble powerMaxW,
      OptionalDouble powerMeanW,
      OptionalDouble currentL1MaxA,
      OptionalDouble currentL2MaxA,
      OptionalDouble currentL3MaxA,
      OptionalDouble voltageMinV,
      OptionalDouble voltageMaxV) {}
}
