package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prices one energy interval: spot, grid energy fees, taxes and export income. */
final class IntervalPricer {

  private final TariffRules rules;
  private final Optional<PriceTable> prices;

  IntervalPricer(TariffRules rules, Optional<PriceTable> prices) {
    this.rules = rules;
    this.prices = prices;
  }

  IntervalCost price(EnergyInterval energy) {
    LocalDateTime local = LocalDateTime.ofInstant(energy.start(), rules.timeZone());
    Optional<BigDecimal> spotPrice =
        prices.flatMap(table -> table.priceFor(energy.start(), energy.end()));
    Optional<BigDecimal> spotCost = spotPrice.map(price -> price.multiply(energy.importKwh()));
    BigDecimal exportSpot = BigDecimal.ZERO;
    BigDecimal exportBenefit = BigDecimal.ZERO;
    if (rules.export().isPresent()) {
      ExportRule export = rules.export().get();
      if (export.spot() && spotPrice.isPresent()) {
        exportSpot = spotPrice.get().multiply(energy.exportKwh());
      }
      if (export.gridBenefit().isPresent()) {
        BigDecimal rate = export.gridBenefit().get().rateAt(local, rules.holidays());
        exportBenefit = rate.multiply(energy.exportKwh());
      }
    }
    return new IntervalCost(
        energy,
        spotPrice,
        spotCost,
        perKwh(rules.energyFees(), local, energy.importKwh()),
        perKwh(rules.taxes(), local, energy.importKwh()),
        exportSpot,
        exportBenefit);
  }

  private Map<String, BigDecimal> perKwh(
      List<Charge> charges, LocalDateTime local, BigDecimal importKwh) {
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    for (Charge charge : charges) {
      amounts.put(charge.name(), charge.rateAt(local, rules.holidays()).multiply(importKwh));
    }
    return amounts;
  }
}
