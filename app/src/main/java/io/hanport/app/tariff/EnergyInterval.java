package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Energy through the meter in one interval, typically 15 or 60 minutes: what the history store
 * derives from register differences, and the tariff engine's only input about consumption.
 */
public record EnergyInterval(
    Instant start, Instant end, BigDecimal importKwh, BigDecimal exportKwh) {

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

  public TimeSpan span() {
    return new TimeSpan(start, end);
  }
}
