package io.hanport.app.serve;

import io.hanport.app.store.Store;
import io.hanport.app.store.StoredPrice;
import io.hanport.app.tariff.PriceStore;
import io.hanport.app.tariff.SpotPrice;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Spot prices kept in the history database (issue 8), so a fetched or imported day survives
 * restarts and a stored period can be billed again later.
 */
public final class StorePriceStore implements PriceStore {

  private final Store store;

  public StorePriceStore(Store store) {
    this.store = store;
  }

  @Override
  public void save(String biddingZone, Collection<SpotPrice> prices) {
    store.savePrices(
        biddingZone,
        prices.stream()
            .map(
                price ->
                    new StoredPrice(
                        price.start(), price.end(), price.pricePerKwh(), price.currency()))
            .collect(Collectors.toList()));
  }

  @Override
  public List<SpotPrice> load(String biddingZone, Instant from, Instant to) {
    return store.prices(biddingZone, from, to).stream()
        .map(
            price ->
                new SpotPrice(price.start(), price.end(), price.pricePerKwh(), price.currency()))
        .collect(Collectors.toList());
  }
}
