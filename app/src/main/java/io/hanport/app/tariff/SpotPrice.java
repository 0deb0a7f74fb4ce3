package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The day-ahead price of one market time unit (15 or 60 minutes) in a bidding zone, per kWh in the
 * currency's main unit (SEK, EUR, NOK …), without VAT, as the power exchange publishes it.
 */
public record SpotPrice(Instant start, Instant end, BigDecimal pricePerKwh, String currency) {

  public SpotPrice {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(pricePerKwh, "pricePerKwh");
    Objects.requireNonNull(currency, "currency");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("price interval ends at or before its start: " + start);
    }
  }

  public TimeSpan span() {
    return new TimeSpan(start, end);
  }
}
