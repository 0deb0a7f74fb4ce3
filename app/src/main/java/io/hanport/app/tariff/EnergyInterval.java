package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Energy through the meter in one interval, typically 15 or 60 minutes: what the history store
 * derives from register differences, and the tariff engine's only input about consumption.
 *
 * @param complete false when the register difference also covers a gap in the readings (the store
 *     puts a gap's energy in the interval where readings resume): the energy is billed, but the
 *     interval cannot measure demand, so it never counts as a peak
 */
public record EnergyInterval(
    Instant start, Instant end, BigDecimal importKwh, BigDecimal exportKwh, boolean complete) {

  public EnergyInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(importKwh, "importKwh");
    Objects.requireNonNull(exportKwh, "exportKwh");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "interval ends at or before its start: " + start + "–" + end);
    }
    if (importKwh.signum() < 0 || exportKwh.signum() < 0) {
      throw new IllegalArgumentException("negative energy in interval starting " + start);
    }
  }

  /** A complete interval: readings covered all of it. */
  public EnergyInterval(Instant start, Instant end, BigDecimal importKwh, BigDecimal exportKwh) {
    this(start, end, importKwh, exportKwh, true);
  }

  public TimeSpan span() {
    return new TimeSpan(start, end);
  }
}
