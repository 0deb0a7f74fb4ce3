package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes what a period costs under a tariff: each interval priced, then rolled up per local day
 * and per calendar month in the tariff's time zone (so a day has 23 or 25 hours across the clock
 * changes), fixed fees pro rata by day, the peak charge per month from the month's data up to the
 * period's end (including days before {@code from} that the series covers), VAT on everything
 * charged, export income beside it. Pure: the same inputs give the same bill.
 */
public final class TariffEngine {

  private final TariffRules rules;
  private final ZoneId zone;
  private final Optional<PeakCalculator> peaks;

  public TariffEngine(TariffRules rules) {
    this.rules = rules;
    this.zone = rules.timeZone();
    this.peaks = rules.peak().map(rule -> new PeakCalculator(rules, rule));
  }

  /**
   * @param series interval energy; it may reach before {@code from} (the month's earlier peaks, a
   *     rolling rule's earlier months)
   * @param prices spot prices, or empty to bill the grid charges alone
   * @throws TariffException when the energy does not fit the peak rule (intervals crossing demand
   *     windows) or stepped pricing has no step for a demand
   */
  public Bill bill(
      EnergySeries series, Optional<PriceTable> prices, LocalDate from, LocalDate toExclusive)
      throws TariffException {
    if (!toExclusive.isAfter(from)) {
      throw new IllegalArgumentException("empty period " + from + " – " + toExclusive);
    }
    IntervalPricer pricer = new IntervalPricer(rules, prices);
    List<IntervalCost> costs = new ArrayList<>();
    List<TimeSpan> missingPrices = new ArrayList<>();
    List<TimeSpan> gapEnergy = new ArrayList<>();
    for (EnergyInterval energy : series.between(start(from), start(toExclusive)).intervals()) {
      IntervalCost cost = pricer.price(energy);
      costs.add(cost);
      if (prices.isPresent() && cost.spotCost().isEmpty()) {
        missingPrices.add(energy.span());
      }
      if (!energy.complete()) {
        gapEnergy.add(energy.span());
      }
    }
    List<DayCost> days = new ArrayList<>();
    List<MonthBill> months = new ArrayList<>();
    CostTally total = new CostTally(rules);
    Map<LocalDate, List<IntervalCost>> byDay = byDay(costs);
    for (YearMonth month = YearMonth.from(from);
        month.atDay(1).isBefore(toExclusive);
        month = month.plusMonths(1)) {
      LocalDate first = later(from, month.atDay(1));
      LocalDate end = earlier(toExclusive, month.plusMonths(1).atDay(1));
      MonthBill bill = month(series, byDay, month, first, end, days);
      months.add(bill);
      total.addAll(bill.cost());
    }
    return new Bill(
        rules,
        from,
        toExclusive,
        prices.isPresent(),
        costs,
        days,
        months,
        total.summary(rules.vat()),
        TimeSpan.merge(missingPrices),
        series.gaps(start(from), start(toExclusive)),
        TimeSpan.merge(gapEnergy));
  }

  /**
   * One month of the bill, adding its days to {@code days}.
   *
   * @param first the first day of the month in the period
   * @param end the day after the month's last day in the period
   */
  private MonthBill month(
      EnergySeries series,
      Map<LocalDate, List<IntervalCost>> byDay,
      YearMonth month,
      LocalDate first,
      LocalDate end,
      List<DayCost> days)
      throws TariffException {
    MonthPeakData peakData = MonthPeakData.NONE;
    if (peaks.isPresent()) {
      List<EnergyInterval> monthSoFar =
          series.between(start(month.atDay(1)), start(end)).intervals();
      peakData =
          new MonthPeakData(
              peaks.get().windows(monthSoFar), peaks.get().earlierMonthsKw(month, series));
    }
    CostTally monthTally = new CostTally(rules);
    for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
      List<IntervalCost> dayCosts = byDay.getOrDefault(day, List.of());
      dayCosts.forEach(monthTally::add);
      days.add(day(month, day, dayCosts, peakData));
    }
    int dayCount = (int) (end.toEpochDay() - first.toEpochDay());
    for (FixedFee fee : rules.fixedFees()) {
      monthTally.addFixed(fee.name(), share(fee.perMonth(), dayCount, month));
    }
    Optional<MonthCharge> charge = Optional.empty();
    if (peaks.isPresent()) {
      charge = Optional.of(peaks.get().monthCharge(month, peakData.windows(), peakData.earlier()));
      monthTally.addPeak(charge.get().chargeSoFar());
    }
    return new MonthBill(month, first, end, monthTally.summary(rules.vat()), charge);
  }

  /** The month's counted demand windows and the earlier months' demands a rolling rule uses. */
  private record MonthPeakData(List<DemandWindow> windows, List<BigDecimal> earlier) {
    static final MonthPeakData NONE = new MonthPeakData(List.of(), List.of());
  }

  private DayCost day(
      YearMonth month, LocalDate day, List<IntervalCost> costs, MonthPeakData peakData)
      throws TariffException {
    CostTally tally = new CostTally(rules);
    costs.forEach(tally::add);
    for (FixedFee fee : rules.fixedFees()) {
      tally.addFixed(fee.name(), share(fee.perMonth(), 1, month));
    }
    BigDecimal peakToDate = BigDecimal.ZERO;
    if (peaks.isPresent()) {
      Instant dayEnd = start(day.plusDays(1));
      List<DemandWindow> toDate =
          peakData.windows().stream().filter(window -> window.start().isBefore(dayEnd)).toList();
      peakToDate = peaks.get().monthCharge(month, toDate, peakData.earlier()).chargeSoFar();
    }
    return new DayCost(day, tally.summary(rules.vat()), peakToDate);
  }

  private Map<LocalDate, List<IntervalCost>> byDay(List<IntervalCost> costs) {
    Map<LocalDate, List<IntervalCost>> byDay = new TreeMap<>();
    for (IntervalCost cost : costs) {
      byDay.computeIfAbsent(day(cost.energy().start()), day -> new ArrayList<>()).add(cost);
    }
    return byDay;
  }

  /** A monthly amount for {@code days} of the month: exact for a whole month. */
  private static BigDecimal share(BigDecimal perMonth, int days, YearMonth month) {
    if (days == month.lengthOfMonth()) {
      return perMonth;
    }
    return perMonth
        .multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(month.lengthOfMonth()), MathContext.DECIMAL64);
  }

  private Instant start(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  private LocalDate day(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
