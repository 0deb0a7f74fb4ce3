package io.hanport.app.serve;

import io.hanport.app.store.Store;
import io.hanport.app.store.StoreException;
import io.hanport.app.tariff.Bill;
import io.hanport.app.tariff.EnergyProvider;
import io.hanport.app.tariff.EnergySeries;
import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.TariffException;
import io.hanport.app.web.TariffStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The tariff side of a running instance (issue 8): prices kept up to date in the history database,
 * costs from the store, live headroom as a sink when the tariff has a peak charge. Closing it stops
 * the price fetching.
 */
final class ServeTariff implements AutoCloseable {

  private final TariffSettings settings;
  private final Optional<PriceUpdater> prices;
  private final CostService costs;
  private final Optional<HeadroomService> headroom;

  private ServeTariff(TariffSettings settings, Optional<PriceUpdater> prices, CostService costs,
      Optional<HeadroomService> headroom) {
    this.settings = settings;
    this.prices = prices;
    this.costs = costs;
    this.headroom = headroom;
  }

  /**
   * Starts fetching prices, if configured.
   *
   * @param meterZone the zone of meter clocks sent without an offset
   */
  static ServeTariff start(TariffSettings settings, Store store, ZoneId meterZone,
      List<HeadroomService.Listener> listeners) {
    Optional<PriceUpdater> prices = Optional.empty();
    if (settings.hasPrices()) {
      PriceUpdater updater =
          new PriceUpdater(settings, new StorePriceStore(store), Clock.systemUTC());
      updater.start();
      prices = Optional.of(updater);
    }
    Optional<HeadroomService> headroom = Optional.empty();
    if (settings.rules().peak().isPresent()) {
      headroom = Optional.of(new HeadroomService(settings.rules(), storedSoFar(store), meterZone,
          listeners));
    }
    return new ServeTariff(settings, prices, new CostService(settings.rules(), store, prices),
        headroom);
  }

  /**
   * The store's energy for headroom; a meter whose first readings the store has not written yet
   * has no history so far, which is no error.
   */
  private static EnergyProvider storedSoFar(Store store) {
    StoreEnergyProvider stored = new StoreEnergyProvider(store);
    return (meter, from, to) -> {
      boolean known;
      try {
        known = store.meters().stream().anyMatch(info -> info.name().equals(meter));
      } catch (StoreException unreadable) {
        throw new TariffException(unreadable.getMessage());
      }
      return known ? stored.energy(meter, from, to) : EnergySeries.of(List.of());
    };
  }

  /** The headroom sink, when the tariff has a peak charge. */
  Optional<HeadroomService> headroomSink() {
    return headroom;
  }

  TariffStatus status() {
    return new TariffStatus(settings.rules(), settings.pricesLabel(),
        prices.flatMap(PriceUpdater::problem), prices.flatMap(PriceUpdater::lastFetch));
  }

  Bill cost(String meter, LocalDate from, LocalDate toExclusive) throws TariffException {
    return costs.bill(meter, from, toExclusive);
  }

  Optional<Headroom> headroom(String meter) {
    return headroom.flatMap(service -> service.latest(meter));
  }

  @Override
  public void close() {
    prices.ifPresent(PriceUpdater::close);
  }
}
