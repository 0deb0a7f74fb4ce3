package io.hanport.app.serve;

import io.hanport.app.tariff.PriceSource;
import io.hanport.app.tariff.SpotPrice;
import io.hanport.app.tariff.TariffRules;
import java.util.List;
import java.util.Optional;

/**
 * The tariff {@code hanport serve} bills with (issue 8): its rules, the spot prices it was given
 * and where to fetch more.
 *
 * @param filePrices prices imported at start (a price file, or the demo's generated prices)
 * @param priceSource fetched for today and tomorrow, again every hour; empty = no fetching
 * @param biddingZone the zone prices are kept under ({@code SE3}), or a name for file prices
 * @param pricesLabel what the prices are, for status and the dashboard, e.g. {@code se3.csv} or
 *     that they are the demo's invented prices; empty when there are no spot prices at all
 */
public record TariffSettings(
    TariffRules rules,
    List<SpotPrice> filePrices,
    Optional<PriceSource> priceSource,
    String biddingZone,
    Optional<String> pricesLabel) {

  public TariffSettings {
    filePrices = List.copyOf(filePrices);
  }

  /** True when spot prices come from somewhere: costs then include the spot cost. */
  public boolean hasPrices() {
    return pricesLabel.isPresent();
  }
}
