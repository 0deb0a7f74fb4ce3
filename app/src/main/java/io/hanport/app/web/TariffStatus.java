package io.hanport.app.web;

import io.hanport.app.tariff.TariffRules;
import java.time.Instant;
import java.util.Optional;

/**
 * The tariff costs are billed with, as the dashboard and status show it (issue 8).
 *
 * @param prices what the spot prices are (a file, a price URL's zone, the demo's invented prices);
 *     empty when costs leave the spot price out
 * @param pricesProblem why the last price fetch failed, while no later one has worked
 * @param pricesFetched when prices were last fetched
 */
public record TariffStatus(
    TariffRules rules,
    Optional<String> prices,
    Optional<String> pricesProblem,
    Optional<Instant> pricesFetched) {}
