package io.hanport.app.tariff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Prices kept in memory for the life of the process. */
public final class MemoryPriceStore implements PriceStore {

  private final Map<String, NavigableMap<Instant, SpotPrice>> zones = new ConcurrentHashMap<>();

  @Override
  public void save(String biddingZone, Collection<SpotPrice> prices) {
    NavigableMap<Instant, SpotPrice> zone =
        zones.computeIfAbsent(biddingZone, name -> new ConcurrentSkipListMap<>());
    for (SpotPrice price : prices) {
      zone.put(price.start(), price);
    }
  }

  @Override
  public List<SpotPrice> load(String biddingZone, Instant from, Instant to) {
    NavigableMap<Instant, SpotPrice> zone = zones.get(biddingZone);
    if (zone == null) {
      return List.of();
    }
    return new ArrayList<>(zone.subMap(from, true, to, false).values());
  }
}
