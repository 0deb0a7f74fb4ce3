package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What one energy interval costs, without VAT. The spot price and cost are empty when no price
 * covers the interval (or no prices were given): missing, never zero.
 *
 * @param energyFees grid energy fees by charge name
 * @param taxes per-kWh taxes by charge name
 */
public record IntervalCost(
    EnergyInterval energy,
    Optional<BigDecimal> spotPricePerKwh,
    Optional<BigDecimal> spotCost,
    Map<String, BigDecimal> energyFees,
    Map<String, BigDecimal> taxes,
    BigDecimal exportSpotIncome,
    BigDecimal exportGridBenefit) {

  public IntervalCost {
    energyFees = Map.copyOf(energyFees);
    taxes = Map.copyOf(taxes);
  }
}
