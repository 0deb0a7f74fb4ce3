package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Energy and money over a day, a month or the whole bill, itemised. Amounts are without VAT except
 * {@link #total()}; {@code vat} is the VAT on {@link #net()}. Export income is paid without VAT.
 * For a day, {@code peakCharge} is zero: the peak charge belongs to the month.
 */
public record CostSummary(
    BigDecimal importKwh,
    BigDecimal exportKwh,
    BigDecimal spotCost,
    Map<String, BigDecimal> energyFees,
    Map<String, BigDecimal> taxes,
    Map<String, BigDecimal> fixedFees,
    BigDecimal peakCharge,
    BigDecimal vat,
    BigDecimal exportSpotIncome,
    BigDecimal exportGridBenefit) {

  public CostSummary {
    energyFees = Collections.unmodifiableMap(new LinkedHashMap<>(energyFees));
    taxes = Collections.unmodifiableMap(new LinkedHashMap<>(taxes));
    fixedFees = Collections.unmodifiableMap(new LinkedHashMap<>(fixedFees));
  }

  /** Everything charged, without VAT. */
  public BigDecimal net() {
    return spotCost.add(sum(energyFees)).add(sum(taxes)).add(sum(fixedFees)).add(peakCharge);
  }

  /** Everything charged, with VAT. */
  public BigDecimal total() {
    return net().add(vat);
  }

  public BigDecimal exportIncome() {
    return exportSpotIncome.add(exportGridBenefit);
  }

  /** What is left to pay after export income. */
  public BigDecimal toPay() {
    return total().subtract(exportIncome());
  }

  public BigDecimal fixedFeesTotal() {
    return sum(fixedFees);
  }

  private static BigDecimal sum(Map<String, BigDecimal> amounts) {
    return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
