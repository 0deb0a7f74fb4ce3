package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A per-kWh charge (a grid energy fee, a tax, an export benefit) with its rates by time of use. The
 * first rate whose {@link When} matches applies; the reader makes sure the last applies always, so
 * every hour has a price.
 */
public record Charge(String name, List<Rate> rates) {

  public Charge {
    rates = List.copyOf(rates);
    if (rates.isEmpty() || !rates.get(rates.size() - 1).when().isAlways()) {
      throw new IllegalArgumentException("charge " + name + " has no rate that always applies");
    }
  }

  public BigDecimal rateAt(LocalDateTime local, Set<LocalDate> holidays) {
    for (Rate rate : rates) {
      if (rate.when().matches(local, holidays)) {
        return rate.value();
      }
    }
    throw new IllegalStateException("unreachable: the last rate always applies");
  }
}
