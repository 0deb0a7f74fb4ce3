package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's highest weighted demand windows, highest first, at most {@code topN}.
 *
 * <p>{@link #soFarKw()} is the mean over N with missing peaks counted as 0 kW: what the month's
 * demand is if nothing more is used, a floor that only rises. {@link #projectedKw()} is the
 * projection for the whole month: while fewer than N peaks exist the missing ones are assumed as
 * high as the mean of those seen (the rest of the month behaves like its start); once N exist the
 * two agree, because later windows can only raise the top N.
 */
public record MonthPeaks(YearMonth month, int topN, List<DemandWindow> top) {

  public MonthPeaks {
    top = List.copyOf(top);
  }

  public BigDecimal soFarKw() {
    return sum().divide(BigDecimal.valueOf(topN), MathContext.DECIMAL64);
  }

  public BigDecimal projectedKw() {
    if (top.isEmpty()) {
      return BigDecimal.ZERO;
    }
    return sum().divide(BigDecimal.valueOf(top.size()), MathContext.DECIMAL64);
  }

  private BigDecimal sum() {
    BigDecimal sum = BigDecimal.ZERO;
    for (DemandWindow window : top) {
      sum = sum.add(window.weightedKw());
    }
    return sum;
  }
}
