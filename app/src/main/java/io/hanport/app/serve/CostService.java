package io.hanport.app.serve;

import io.hanport.app.store.Store;
import io.hanport.app.tariff.Bill;
import io.hanport.app.tariff.EnergySeries;
import io.hanport.app.tariff.PriceTable;
import io.hanport.app.tariff.TariffEngine;
import io.hanport.app.tariff.TariffException;
import io.hanport.app.tariff.TariffRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What stored energy costs under the configured tariff: the engine's bill for local days, from the
 * store's 15-minute rows, with the month's earlier days for its peaks.
 */
final class CostService {

  private final TariffRules rules;
  private final TariffEngine engine;
  private final Store store;
  private final Optional<PriceUpdater> prices;

  CostService(TariffRules rules, Store store, Optional<PriceUpdater> prices) {
    this.rules = rules;
    this.engine = new TariffEngine(rules);
    this.store = store;
    this.prices = prices;
  }

  TariffRules rules() {
    return rules;
  }

  /**
   * @throws TariffException when the stored energy does not fit the tariff's peak rule
   */
  Bill bill(String meter, LocalDate from, LocalDate toExclusive) throws TariffException {
    EnergySeries series =
        new StoreEnergyProvider(store).energy(meter, rules.historyStart(from), start(toExclusive));
    Optional<PriceTable> table = prices.map(updater -> updater.table(from, toExclusive));
    return engine.bill(series, table, from, toExclusive);
  }

  private Instant start(LocalDate day) {
    return day.atStartOfDay(rules.timeZone()).toInstant();
  }
}
