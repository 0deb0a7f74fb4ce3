package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Spot prices of one bidding zone in memory, keyed by start. A time without a price has NO price:
 * lookups return empty and callers report the gap; nothing is ever priced at zero by default. Safe
 * for one writer and many readers (the dashboard reads while a fetch adds a day).
 */
public final class PriceTable {

  private final String zone;
  private final String currency;
  private final NavigableMap<Instant, SpotPrice> byStart = new ConcurrentSkipListMap<>();

  public PriceTable(String zone, String currency) {
    this.zone = zone;
    this.currency = currency;
  }

  public String zone() {
    return zone;
  }

  public String currency() {
    return currency;
  }

  /**
   * Adds prices, replacing any with the same start (a corrected publication).
   *
   * @throws IllegalArgumentException for a price in another currency: readers check currencies
   *     against the tariff first and say which line differs
   */
  public void putAll(Collection<SpotPrice> prices) {
    for (SpotPrice price : prices) {
      if (!price.currency().equals(currency)) {
        throw new IllegalArgumentException(
            "price in " + price.currency() + " for a " + currency + " table, at " + price.start());
      }
      byStart.put(price.start(), price);
    }
  }

  /** Prices that start within [from, to), in time order. */
  public List<SpotPrice> between(Instant from, Instant to) {
    return new ArrayList<>(byStart.subMap(from, true, to, false).values());
  }

  /**
   * The price for energy used in [start, end): the one price covering it, or, for an hour of energy
   * under 15-minute prices, the time-weighted mean of the prices within it (an estimate, as the
   * energy's split within the hour is unknown). Empty when any part of the span has no price.
   */
  public Optional<BigDecimal> priceFor(Instant start, Instant end) {
    Map.Entry<Instant, SpotPrice> first = byStart.floorEntry(start);
    if (first == null || !first.getValue().end().isAfter(start)) {
      return Optional.empty();
    }
    if (!first.getValue().end().isBefore(end)) {
      return Optional.of(first.getValue().pricePerKwh());
    }
    return weightedMean(first.getValue(), start, end);
  }

  private Optional<BigDecimal> weightedMean(SpotPrice first, Instant start, Instant end) {
    BigDecimal weighted = BigDecimal.ZERO;
    Instant covered = start;
    SpotPrice price = first;
    while (covered.isBefore(end)) {
      if (price == null || price.start().isAfter(covered)) {
        return Optional.empty();
      }
      Instant until = price.end().isBefore(end) ? price.end() : end;
      long seconds = Duration.between(covered, until).getSeconds();
      weighted = weighted.add(price.pricePerKwh().multiply(BigDecimal.valueOf(seconds)));
      covered = until;
      Map.Entry<Instant, SpotPrice> next = byStart.ceilingEntry(price.end());
      price = next == null ? null : next.getValue();
    }
    long total = Duration.between(start, end).getSeconds();
    return Optional.of(weighted.divide(BigDecimal.valueOf(total), MathContext.DECIMAL64));
  }
}
