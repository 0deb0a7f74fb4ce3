package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One demand measurement window (15, 30 or 60 minutes) that counts towards the peak charge: its
 * energy, its average demand ({@code kWh × 60 / minutes}), the weight the rule gives it and the
 * weighted demand that competes for the month's top N.
 *
 * @param day the local date the window starts on, for "one peak per day"
 */
public record DemandWindow(
    Instant start,
    Instant end,
    LocalDate day,
    BigDecimal energyKwh,
    BigDecimal demandKw,
    BigDecimal weight,
    BigDecimal weightedKw) {

  public TimeSpan span() {
    return new TimeSpan(start, end);
  }
}
