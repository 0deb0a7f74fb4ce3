package io.hanport.app.tariff;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where fetched or imported prices are kept, per bidding zone: in memory for now, with the history
 * store later, so a day is fetched once.
 */
public interface PriceStore {

  /** Keeps prices, replacing any of the same zone and start. */
  void save(String biddingZone, Collection<SpotPrice> prices);

  /** The zone's prices that start within [from, to), in time order. */
  List<SpotPrice> load(String biddingZone, Instant from, Instant to);
}
