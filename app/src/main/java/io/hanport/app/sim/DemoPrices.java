package io.hanport.app.sim;

import io.hanport.app.tariff.SpotPrice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Invented 15-minute day-ahead prices for the demo, shaped like a Swedish winter market (cheap
 * nights, a morning and a higher evening peak, a calmer midday) around a level that moves from day
 * to day. NOT market data: the demo labels them as invented, and nothing else uses them. The same
 * day always gets the same prices, so a restarted demo bills its history alike.
 */
public final class DemoPrices {

  public static final String LABEL = "demo prices: invented by hanport, not market prices";

  private static final Duration QUARTER = Duration.ofMinutes(15);

  /** SEK/kWh without VAT added to the day's level, per local hour 0–23. */
  private static final double[] HOUR_SHAPE = {
    -0.18, -0.20, -0.22, -0.22, -0.20, -0.12, 0.05, 0.28, 0.35, 0.22, 0.08, 0.00,
    -0.04, -0.06, -0.04, 0.02, 0.15, 0.38, 0.45, 0.34, 0.16, 0.04, -0.06, -0.12};

  private DemoPrices() {}

  /** The prices of the local days [from, toExclusive) in SEK per kWh, without VAT. */
  public static List<SpotPrice> between(LocalDate from, LocalDate toExclusive, ZoneId zone) {
    List<SpotPrice> prices = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
      double level = 0.35 + 0.5 * unit(day.toEpochDay());
      ZonedDateTime start = day.atStartOfDay(zone);
      ZonedDateTime end = day.plusDays(1).atStartOfDay(zone);
      for (ZonedDateTime quarter = start; quarter.isBefore(end); quarter = quarter.plus(QUARTER)) {
        Instant begins = quarter.toInstant();
        double noise = 0.06 * (unit(begins.getEpochSecond()) - 0.5);
        double price = Math.max(0.01, level + HOUR_SHAPE[quarter.getHour()] + noise);
        prices.add(new SpotPrice(begins, begins.plus(QUARTER),
            BigDecimal.valueOf(price).setScale(4, RoundingMode.HALF_UP), "SEK"));
      }
    }
    return prices;
  }

  /** A number in [0, 1) that depends only on {@code key}. */
  private static double unit(long key) {
    return (SeedHash.mix(key) >>> 11) * 0x1.0p-53;
  }
}
