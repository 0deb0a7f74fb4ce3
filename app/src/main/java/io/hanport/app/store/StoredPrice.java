package io.hanport.app.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A day-ahead price as the store keeps it: one market time unit of a bidding zone, per kWh in the
 * currency's main unit, without VAT.
 *
 * @param end exclusive
 */
public record StoredPrice(Instant start, Instant end, BigDecimal pricePerKwh, String currency) {}
