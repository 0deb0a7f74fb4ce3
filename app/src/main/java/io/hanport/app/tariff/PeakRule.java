package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.util.List;

/**
 * The power (peak) charge. Demand is the average kW over each {@code measureMinutes} window (kWh ×
 * 60 / minutes). Windows count only when one of {@code windows} matches their start (all windows
 * count when the list is empty); a matching weight scales them (Ellevio's nights at 0.5). The
 * month's demand is the mean of its {@code topN} highest weighted windows, one per local day when
 * {@code distinctDays}; it is billed at least at {@code minimumKw}; with {@code rollingMonths}
 * above 1 the billed demand is the mean of that many months' demands (Belgium: 12).
 */
public record PeakRule(
    int measureMinutes,
    int topN,
    boolean distinctDays,
    List<When> windows,
    List<Rate> weights,
    BigDecimal minimumKw,
    int rollingMonths,
    PeakPricing pricing) {

  public PeakRule {
    windows = List.copyOf(windows);
    weights = List.copyOf(weights);
  }
}
