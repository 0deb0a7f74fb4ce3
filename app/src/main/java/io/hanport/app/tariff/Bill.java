package io.hanport.app.tariff;

import java.time.LocalDate;
import java.util.List;

/**
 * The cost of a period of local days [from, toExclusive): per interval, per day, per month and in
 * total, with what is missing. A bill with missing prices or energy is incomplete: its amounts
 * cover only what is known and the gaps are listed.
 *
 * @param pricesGiven false when the bill was made without spot prices (grid charges only)
 * @param gapEnergy intervals whose energy also covers a gap in the readings: billed, but not used
 *     as peaks, so the peak charge may be understated
 */
public record Bill(
    TariffRules rules,
    LocalDate from,
    LocalDate toExclusive,
    boolean pricesGiven,
    List<IntervalCost> intervals,
    List<DayCost> days,
    List<MonthBill> months,
    CostSummary total,
    List<TimeSpan> missingPrices,
    List<TimeSpan> missingEnergy,
    List<TimeSpan> gapEnergy) {

  public Bill {
    intervals = List.copyOf(intervals);
    days = List.copyOf(days);
    months = List.copyOf(months);
    missingPrices = List.copyOf(missingPrices);
    missingEnergy = List.copyOf(missingEnergy);
    gapEnergy = List.copyOf(gapEnergy);
  }

  public boolean complete() {
    return missingPrices.isEmpty() && missingEnergy.isEmpty() && gapEnergy.isEmpty();
  }
}
