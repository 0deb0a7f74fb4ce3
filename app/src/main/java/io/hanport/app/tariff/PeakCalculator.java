package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies a {@link PeakRule}: demand windows from interval energy, the month's top N, the billed
 * demand and the charge. Windows are aligned to the local clock (quarter or hour) through the UTC
 * offset in force at each instant, so both 02:00–03:00 hours of an autumn clock change are separate
 * windows and the skipped spring hour simply has none.
 */
public final class PeakCalculator {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final Comparator<DemandWindow> HIGHEST_FIRST =
      Comparator.comparing(DemandWindow::weightedKw).reversed().thenComparing(DemandWindow::start);

  private final TariffRules rules;
  private final PeakRule rule;
  private final ZoneId zone;
  private final Duration window;

  public PeakCalculator(TariffRules rules, PeakRule rule) {
    this.rules = rules;
    this.rule = rule;
    this.zone = rules.timeZone();
    this.window = Duration.ofMinutes(rule.measureMinutes());
  }

  public PeakRule rule() {
    return rule;
  }

  /** The start of the demand window holding {@code instant}. */
  public Instant windowStart(Instant instant) {
    long offset = zone.getRules().getOffset(instant).getTotalSeconds();
    long local = instant.getEpochSecond() + offset;
    return Instant.ofEpochSecond(
        instant.getEpochSecond() - Math.floorMod(local, window.getSeconds()));
  }

  public Duration window() {
    return window;
  }

  /**
   * The weight of the window starting at {@code windowStart}: empty when the rule's windows leave
   * it out, else the first matching weight's factor, else 1.
   */
  public Optional<BigDecimal> weightAt(Instant windowStart) {
    LocalDateTime local = LocalDateTime.ofInstant(windowStart, zone);
    if (!rule.windows().isEmpty()
        && rule.windows().stream().noneMatch(when -> when.matches(local, rules.holidays()))) {
      return Optional.empty();
    }
    for (Rate weight : rule.weights()) {
      if (weight.when().matches(local, rules.holidays())) {
        return Optional.of(weight.value());
      }
    }
    return Optional.of(BigDecimal.ONE);
  }

  /**
   * The windows that count, from interval energy. An interval may be shorter than a window (15
   * minutes in an hour) but must not cross a window boundary. A window holding an incomplete
   * interval (energy that also covers a gap in the readings) cannot measure demand and does not
   * count; the bill lists such intervals.
   *
   * @throws TariffException for an interval that crosses a window boundary
   */
  public List<DemandWindow> windows(List<EnergyInterval> intervals) throws TariffException {
    TreeMap<Instant, BigDecimal> energy = new TreeMap<>();
    Set<Instant> unmeasurable = new HashSet<>();
    for (EnergyInterval interval : intervals) {
      Instant start = windowStart(interval.start());
      if (interval.end().isAfter(start.plus(window))) {
        throw new TariffException(
            "energy interval "
                + interval.span().describe(zone)
                + " crosses a "
                + rule.measureMinutes()
                + "-minute demand window: this peak rule needs energy in intervals of at most "
                + rule.measureMinutes()
                + " minutes that start on the clock's quarter hours");
      }
      energy.merge(start, interval.importKwh(), BigDecimal::add);
      if (!interval.complete()) {
        unmeasurable.add(start);
      }
    }
    List<DemandWindow> windows = new ArrayList<>();
    for (Map.Entry<Instant, BigDecimal> entry : energy.entrySet()) {
      Optional<BigDecimal> weight = weightAt(entry.getKey());
      if (weight.isPresent() && !unmeasurable.contains(entry.getKey())) {
        windows.add(window(entry.getKey(), entry.getValue(), weight.get()));
      }
    }
    return windows;
  }

  /** Average demand in kW of energy used over a duration: kWh × 60 / minutes. */
  public static BigDecimal demandKw(BigDecimal energyKwh, Duration over) {
    return energyKwh
        .multiply(SECONDS_PER_HOUR)
        .divide(BigDecimal.valueOf(over.toSeconds()), MathContext.DECIMAL64);
  }

  /** The month's top N among {@code windows} (which may hold other months' too). */
  public MonthPeaks monthPeaks(YearMonth month, List<DemandWindow> windows) {
    List<DemandWindow> candidates = new ArrayList<>();
    Map<LocalDate, DemandWindow> bestPerDay = new LinkedHashMap<>();
    for (DemandWindow window : windows) {
      if (!YearMonth.from(window.day()).equals(month)) {
        continue;
      }
      if (!rule.distinctDays()) {
        candidates.add(window);
      } else {
        bestPerDay.merge(window.day(), window, (a, b) -> HIGHEST_FIRST.compare(a, b) <= 0 ? a : b);
      }
    }
    candidates.addAll(bestPerDay.values());
    candidates.sort(HIGHEST_FIRST);
    return new MonthPeaks(
        month, rule.topN(), candidates.subList(0, Math.min(rule.topN(), candidates.size())));
  }

  /**
   * The month's charge from its windows so far.
   *
   * @param earlierMonthsKw the demands ({@link MonthPeaks#soFarKw()}) of the earlier months a
   *     rolling rule averages, newest first; empty for a monthly rule
   * @throws TariffException when stepped pricing has no step for the demand
   */
  public MonthCharge monthCharge(
      YearMonth month, List<DemandWindow> windows, List<BigDecimal> earlierMonthsKw)
      throws TariffException {
    MonthPeaks peaks = monthPeaks(month, windows);
    if (!chargedIn(month.getMonth())) {
      BigDecimal zero = BigDecimal.ZERO;
      return new MonthCharge(peaks, false, zero, zero, zero, zero, 1, Optional.empty());
    }
    BigDecimal soFar = billedKw(peaks.soFarKw(), earlierMonthsKw);
    BigDecimal projected = billedKw(peaks.projectedKw(), earlierMonthsKw);
    Optional<PeakPricing.Step> step = Optional.empty();
    if (rule.pricing() instanceof PeakPricing.Steps steps) {
      step = Optional.of(step(steps, soFar));
    }
    return new MonthCharge(
        peaks,
        true,
        soFar,
        charge(month, soFar),
        projected,
        charge(month, projected),
        earlierMonthsKw.size() + 1,
        step);
  }

  /**
   * The demands of the months before {@code month} that a rolling rule averages, newest first, from
   * whatever of them {@code series} covers (months without data are left out).
   */
  public List<BigDecimal> earlierMonthsKw(YearMonth month, EnergySeries series)
      throws TariffException {
    List<BigDecimal> demands = new ArrayList<>();
    for (int back = 1; back < rule.rollingMonths(); back++) {
      YearMonth earlier = month.minusMonths(back);
      Instant start = earlier.atDay(1).atStartOfDay(zone).toInstant();
      Instant end = earlier.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      List<EnergyInterval> intervals = series.between(start, end).intervals();
      if (!intervals.isEmpty()) {
        demands.add(monthPeaks(earlier, windows(intervals)).soFarKw());
      }
    }
    return demands;
  }

  /** False for months in which no window can count (winter-only rules in summer). */
  public boolean chargedIn(Month month) {
    return rule.windows().isEmpty()
        || rule.windows().stream().anyMatch(when -> when.months().contains(month));
  }

  /** The month's demand raised to the minimum, averaged with earlier months' for rolling rules. */
  public BigDecimal billedKw(BigDecimal monthKw, List<BigDecimal> earlierMonthsKw) {
    BigDecimal sum = rule.minimumKw().max(monthKw);
    if (earlierMonthsKw.isEmpty()) {
      return sum;
    }
    for (BigDecimal earlier : earlierMonthsKw) {
      sum = sum.add(rule.minimumKw().max(earlier));
    }
    return sum.divide(BigDecimal.valueOf(earlierMonthsKw.size() + 1L), MathContext.DECIMAL64);
  }

  BigDecimal charge(YearMonth month, BigDecimal billedKw) throws TariffException {
    if (rule.pricing() instanceof PeakPricing.PerKw perKw) {
      return perKw.pricePerKw(month.getMonth()).multiply(billedKw);
    }
    return step((PeakPricing.Steps) rule.pricing(), billedKw).perMonth();
  }

  private PeakPricing.Step step(PeakPricing.Steps steps, BigDecimal billedKw)
      throws TariffException {
    Optional<PeakPricing.Step> step = steps.stepFor(billedKw);
    if (step.isEmpty()) {
      PeakPricing.Step last = steps.steps().get(steps.steps().size() - 1);
      throw new TariffException(
          rules.file()
              + ": the demand "
              + billedKw.stripTrailingZeros().toPlainString()
              + " kW is above the highest step ("
              + last
              + "): add the grid company's higher steps to peak.steps");
    }
    return step.get();
  }

  private DemandWindow window(Instant start, BigDecimal energyKwh, BigDecimal weight) {
    BigDecimal demand = demandKw(energyKwh, window);
    LocalDate day = LocalDateTime.ofInstant(start, zone).toLocalDate();
    return new DemandWindow(
        start, start.plus(window), day, energyKwh, demand, weight, demand.multiply(weight));
  }
}
