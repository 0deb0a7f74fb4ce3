package io.hanport.app.tariff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Interval energy in time order, without overlaps. Gaps are allowed and stay gaps: the engine
 * reports them instead of guessing what was used there.
 */
public final class EnergySeries {

  private final List<EnergyInterval> intervals;

  private EnergySeries(List<EnergyInterval> intervals) {
    this.intervals = List.copyOf(intervals);
  }

  /**
   * @throws IllegalArgumentException when two intervals overlap (readers check this first and
   *     report the offending lines)
   */
  public static EnergySeries of(List<EnergyInterval> intervals) {
    List<EnergyInterval> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparing(EnergyInterval::start));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
        throw new IllegalArgumentException(
            "energy intervals overlap: "
                + sorted.get(i - 1).span()
                + " and "
                + sorted.get(i).span());
      }
    }
    return new EnergySeries(sorted);
  }

  public List<EnergyInterval> intervals() {
    return intervals;
  }

  /** The intervals that lie entirely within [from, to). */
  public EnergySeries between(Instant from, Instant to) {
    List<EnergyInterval> inside = new ArrayList<>();
    for (EnergyInterval interval : intervals) {
      if (!interval.start().isBefore(from) && !interval.end().isAfter(to)) {
        inside.add(interval);
      }
    }
    return new EnergySeries(inside);
  }

  /** The parts of [from, to) that no interval covers, merged into spans. */
  public List<TimeSpan> gaps(Instant from, Instant to) {
    List<TimeSpan> gaps = new ArrayList<>();
    Instant covered = from;
    for (EnergyInterval interval : between(from, to).intervals) {
      if (interval.start().isAfter(covered)) {
        gaps.add(new TimeSpan(covered, interval.start()));
      }
      covered = interval.end();
    }
    if (to.isAfter(covered)) {
      gaps.add(new TimeSpan(covered, to));
    }
    return TimeSpan.merge(gaps);
  }
}
