package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Adds up interval costs, fixed fees and peak charges into a {@link CostSummary}. */
final class CostTally {

  private BigDecimal importKwh = BigDecimal.ZERO;
  private BigDecimal exportKwh = BigDecimal.ZERO;
  private BigDecimal spot = BigDecimal.ZERO;
  private final Map<String, BigDecimal> energyFees = new LinkedHashMap<>();
  private final Map<String, BigDecimal> taxes = new LinkedHashMap<>();
  private final Map<String, BigDecimal> fixedFees = new LinkedHashMap<>();
  private BigDecimal peak = BigDecimal.ZERO;
  private BigDecimal exportSpot = BigDecimal.ZERO;
  private BigDecimal exportBenefit = BigDecimal.ZERO;

  /** Starts with every charge of the rules at zero, so the bill lists each in the file's order. */
  CostTally(TariffRules rules) {
    rules.energyFees().forEach(charge -> energyFees.put(charge.name(), BigDecimal.ZERO));
    rules.taxes().forEach(charge -> taxes.put(charge.name(), BigDecimal.ZERO));
    rules.fixedFees().forEach(fee -> fixedFees.put(fee.name(), BigDecimal.ZERO));
  }

  void add(IntervalCost cost) {
    importKwh = importKwh.add(cost.energy().importKwh());
    exportKwh = exportKwh.add(cost.energy().exportKwh());
    spot = spot.add(cost.spotCost().orElse(BigDecimal.ZERO));
    cost.energyFees().forEach((name, amount) -> energyFees.merge(name, amount, BigDecimal::add));
    cost.taxes().forEach((name, amount) -> taxes.merge(name, amount, BigDecimal::add));
    exportSpot = exportSpot.add(cost.exportSpotIncome());
    exportBenefit = exportBenefit.add(cost.exportGridBenefit());
  }

  void addFixed(String name, BigDecimal amount) {
    fixedFees.merge(name, amount, BigDecimal::add);
  }

  void addPeak(BigDecimal amount) {
    peak = peak.add(amount);
  }

  void addAll(CostSummary summary) {
    importKwh = importKwh.add(summary.importKwh());
    exportKwh = exportKwh.add(summary.exportKwh());
    spot = spot.add(summary.spotCost());
    summary.energyFees().forEach((name, amount) -> energyFees.merge(name, amount, BigDecimal::add));
    summary.taxes().forEach((name, amount) -> taxes.merge(name, amount, BigDecimal::add));
    summary.fixedFees().forEach((name, amount) -> fixedFees.merge(name, amount, BigDecimal::add));
    peak = peak.add(summary.peakCharge());
    exportSpot = exportSpot.add(summary.exportSpotIncome());
    exportBenefit = exportBenefit.add(summary.exportGridBenefit());
  }

  CostSummary summary(BigDecimal vatRate) {
    CostSummary withoutVat =
        new CostSummary(
            importKwh,
            exportKwh,
            spot,
            energyFees,
            taxes,
            fixedFees,
            peak,
            BigDecimal.ZERO,
            exportSpot,
            exportBenefit);
    return new CostSummary(
        importKwh,
        exportKwh,
        spot,
        energyFees,
        taxes,
        fixedFees,
        peak,
        withoutVat.net().multiply(vatRate),
        exportSpot,
        exportBenefit);
  }
}
