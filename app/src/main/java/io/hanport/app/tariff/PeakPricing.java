package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/** How the month's billed demand becomes money: a price per kW, or steps of demand. */
public sealed interface PeakPricing {

  /** A price per kW per month, possibly by season (rates that name months). */
  record PerKw(List<Rate> rates) implements PeakPricing {
    public PerKw {
      rates = List.copyOf(rates);
    }

    public BigDecimal pricePerKw(Month month) {
      for (Rate rate : rates) {
        if (rate.when().months().contains(month)) {
          return rate.value();
        }
      }
      throw new IllegalStateException("unreachable: the reader requires a rate for every month");
    }
  }

  /**
   * Norwegian-style steps (kapasitetsledd): a monthly amount per bracket of demand. A demand of
   * exactly a bracket's upper bound belongs to the next bracket ({@code from ≤ kW < to}).
   */
  record Steps(List<Step> steps) implements PeakPricing {
    public Steps {
      steps = List.copyOf(steps);
    }

    /** The bracket holding {@code kw}; empty when it is above the last bracket's upper bound. */
    public Optional<Step> stepFor(BigDecimal kw) {
      for (Step step : steps) {
        if (step.contains(kw)) {
          return Optional.of(step);
        }
      }
      return Optional.empty();
    }

    /** The lower bound of the bracket after {@code step}: where the charge next rises. */
    public Optional<BigDecimal> nextBound(Step step) {
      int next = steps.indexOf(step) + 1;
      return next < steps.size() ? Optional.of(steps.get(next).fromKw()) : Optional.empty();
    }
  }

  /** One bracket: from {@code fromKw} up to (not including) {@code toKw}, or open-ended. */
  record Step(BigDecimal fromKw, Optional<BigDecimal> toKw, BigDecimal perMonth) {
    public boolean contains(BigDecimal kw) {
      return kw.compareTo(fromKw) >= 0 && toKw.map(to -> kw.compareTo(to) < 0).orElse(true);
    }

    @Override
    public String toString() {
      return fromKw.toPlainString() + "–" + toKw.map(BigDecimal::toPlainString).orElse("") + " kW";
    }
  }
}
