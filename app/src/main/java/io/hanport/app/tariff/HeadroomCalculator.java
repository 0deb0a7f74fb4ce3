package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How much more power the current demand window can take before the month's peak charge rises.
 * Pure: the dashboard, API and MQTT call it with the month's energy so far and the live reading.
 *
 * <p>With weighted demand w = weight × demand and the month's top N so far, a new window value x
 * changes the set only above the entry value E (today's peak when peaks are one per day and today
 * has one, else the lowest of a full top N, else 0). The rest R of the top N then stays, so the
 * month's demand becomes (ΣR + x) / N. A price per kW rises as soon as that exceeds max(current
 * demand, minimum); steps rise when the billed demand (with earlier months for rolling rules)
 * reaches the next step's lower bound. The threshold is the larger of E and that x, divided by the
 * window's weight.
 */
public final class HeadroomCalculator {

  private final PeakCalculator peaks;
  private final ZoneId zone;

  private HeadroomCalculator(TariffRules rules, PeakCalculator peaks) {
    this.peaks = peaks;
    this.zone = rules.timeZone();
  }

  /** Empty for a tariff without a peak charge: no headroom to watch. */
  public static Optional<HeadroomCalculator> of(TariffRules rules) {
    return rules.peak().map(rule -> new HeadroomCalculator(rules, new PeakCalculator(rules, rule)));
  }

  /**
   * @param now the time of the live reading
   * @param history this month's interval energy before the current window (earlier months too for
   *     rolling rules); intervals from the current window on are ignored
   * @param energySoFarKwh energy imported since the current window began
   * @param currentPowerKw the import power now, for the projection
   * @throws TariffException when the history does not fit the peak rule
   */
  public Headroom at(
      Instant now, EnergySeries history, BigDecimal energySoFarKwh, BigDecimal currentPowerKw)
      throws TariffException {
    Instant windowStart = peaks.windowStart(now);
    Instant windowEnd = windowStart.plus(peaks.window());
    Duration elapsed = Duration.between(windowStart, now);
    Duration remaining = Duration.between(now, windowEnd);
    BigDecimal running =
        elapsed.isZero() ? currentPowerKw : PeakCalculator.demandKw(energySoFarKwh, elapsed);
    BigDecimal projectedEnergy = energySoFarKwh.add(currentPowerKw.multiply(hours(remaining)));
    BigDecimal projected = PeakCalculator.demandKw(projectedEnergy, peaks.window());
    YearMonth month = YearMonth.from(windowStart.atZone(zone));
    Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
    MonthPeaks monthPeaks =
        peaks.monthPeaks(
            month, peaks.windows(history.between(monthStart, windowStart).intervals()));
    Optional<BigDecimal> weight = peaks.weightAt(windowStart);
    Limits limits = Limits.NONE;
    if (weight.isPresent() && weight.get().signum() > 0 && peaks.chargedIn(month.getMonth())) {
      limits = limits(windowStart, history, monthPeaks, weight.get());
    }
    Optional<BigDecimal> headroom =
        limits.thresholdKw().map(kw -> headroomKw(kw, energySoFarKwh, remaining));
    return new Headroom(
        windowStart,
        windowEnd,
        limits.entryKw().isPresent(),
        energySoFarKwh,
        running,
        projected,
        limits.entryKw(),
        limits.thresholdKw(),
        headroom,
        monthPeaks);
  }

  /** The entry and threshold of a counted window, in actual (unweighted) kW. */
  private record Limits(Optional<BigDecimal> entryKw, Optional<BigDecimal> thresholdKw) {
    static final Limits NONE = new Limits(Optional.empty(), Optional.empty());
  }

  private Limits limits(
      Instant windowStart, EnergySeries history, MonthPeaks monthPeaks, BigDecimal weight)
      throws TariffException {
    LocalDate today = windowStart.atZone(zone).toLocalDate();
    List<BigDecimal> earlier = peaks.earlierMonthsKw(monthPeaks.month(), history);
    List<DemandWindow> rest = new ArrayList<>(monthPeaks.top());
    BigDecimal entry = removeEntry(rest, today);
    Optional<BigDecimal> threshold =
        neededWeighted(monthPeaks, rest, earlier)
            .map(x -> x.max(entry).divide(weight, MathContext.DECIMAL64));
    return new Limits(Optional.of(entry.divide(weight, MathContext.DECIMAL64)), threshold);
  }

  /** Takes the entry window out of {@code top} and returns its weighted demand (0 if none). */
  private BigDecimal removeEntry(List<DemandWindow> top, LocalDate today) {
    if (peaks.rule().distinctDays()) {
      for (DemandWindow window : top) {
        if (window.day().equals(today)) {
          top.remove(window);
          return window.weightedKw();
        }
      }
    }
    if (top.size() < peaks.rule().topN()) {
      return BigDecimal.ZERO;
    }
    return top.remove(top.size() - 1).weightedKw();
  }

  /** The weighted window demand x at which the charge rises; empty when it cannot rise. */
  private Optional<BigDecimal> neededWeighted(
      MonthPeaks monthPeaks, List<DemandWindow> rest, List<BigDecimal> earlier)
      throws TariffException {
    PeakRule rule = peaks.rule();
    BigDecimal restSum =
        rest.stream().map(DemandWindow::weightedKw).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal n = BigDecimal.valueOf(rule.topN());
    BigDecimal monthKw;
    if (rule.pricing() instanceof PeakPricing.Steps steps) {
      BigDecimal billed = peaks.billedKw(monthPeaks.soFarKw(), earlier);
      Optional<PeakPricing.Step> step = steps.stepFor(billed);
      Optional<BigDecimal> next = step.flatMap(steps::nextBound);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal earlierSum =
          earlier.stream()
              .map(kw -> kw.max(rule.minimumKw()))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      monthKw = next.get().multiply(BigDecimal.valueOf(earlier.size() + 1L)).subtract(earlierSum);
    } else {
      monthKw = monthPeaks.soFarKw().max(rule.minimumKw());
    }
    return Optional.of(monthKw.multiply(n).subtract(restSum).max(BigDecimal.ZERO));
  }

  /**
   * The power that keeps the window's energy at threshold × window length: (allowed − used) / left.
   */
  private BigDecimal headroomKw(BigDecimal thresholdKw, BigDecimal usedKwh, Duration left) {
    if (left.isZero()) {
      return BigDecimal.ZERO;
    }
    BigDecimal allowedKwh = thresholdKw.multiply(hours(peaks.window()));
    return allowedKwh
        .subtract(usedKwh)
        .divide(hours(left), MathContext.DECIMAL64)
        .max(BigDecimal.ZERO);
  }

  private static BigDecimal hours(Duration duration) {
    return BigDecimal.valueOf(duration.toSeconds())
        .divide(BigDecimal.valueOf(3600), MathContext.DECIMAL64);
  }
}
