package io.hanport.app.store;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The rollup changes of one batch, one {@link RollupDelta} per touched row, written at commit.
 *
 * <p>Attribution (documented in {@link EnergyInterval}): the difference between register readings A
 * and X belongs to the interval containing X, a reading exactly on a boundary closing the interval
 * that ends there (see {@link #attributionTime}). Per row, {@code covered} is the part of the step
 * inside the interval and {@code spill} the part before it; both decide completeness.
 */
final class RollupBatch {

  record Key(long meter, Resolution resolution, long start) {}

  private final Buckets buckets;
  private final Map<Key, RollupDelta> rows = new HashMap<>();
  private final EnumMap<Resolution, RollupDelta> lastRow = new EnumMap<>(Resolution.class);
  private long lastMeter = -1;

  RollupBatch(Buckets buckets) {
    this.buckets = buckets;
  }

  void addMeasurements(long meter, Sample sample) {
    for (Resolution resolution : Resolution.values()) {
      row(meter, resolution, sample.ts()).addMeasurements(sample);
    }
  }

  /**
   * Adds ({@code sign} 1) or takes back ({@code sign} -1) the difference between two consecutive
   * register readings.
   */
  void addStep(long meter, RegisterPoint before, RegisterPoint after, StepKind kind, int sign) {
    long importMilliWh = StepKind.difference(before.importMilliWh(), after.importMilliWh());
    long exportMilliWh = StepKind.difference(before.exportMilliWh(), after.exportMilliWh());
    for (Resolution resolution : Resolution.values()) {
      RollupDelta row = row(meter, resolution, attributionTime(resolution, before, after));
      if (kind != StepKind.CONTINUOUS) {
        row.breaks += sign;
        continue;
      }
      row.importMilliWh += sign * importMilliWh;
      row.exportMilliWh += sign * exportMilliWh;
      row.coveredMs += sign * (after.ts() - Math.max(before.ts(), row.start));
      row.spillMs += sign * Math.max(0, row.start - before.ts());
    }
  }

  /**
   * A reading exactly on a boundary closes the interval ending there, unless the step began before
   * that interval (a gap): then its energy goes to the interval the reading opens, so that every
   * row with energy has a reading and the intervals of a gap stay absent.
   */
  private long attributionTime(Resolution resolution, RegisterPoint before, RegisterPoint after) {
    Buckets.Interval closing = buckets.containing(resolution, after.ts() - 1);
    boolean gapEndsOnBoundary = after.ts() == closing.end() && before.ts() < closing.start();
    return gapEndsOnBoundary ? after.ts() : after.ts() - 1;
  }

  Collection<Map.Entry<Key, RollupDelta>> rows() {
    return rows.entrySet();
  }

  private RollupDelta row(long meter, Resolution resolution, long epochMillis) {
    RollupDelta last = lastRow.get(resolution);
    if (meter == lastMeter && last != null && epochMillis >= last.start && epochMillis < last.end) {
      return last;
    }
    if (meter != lastMeter) {
      lastRow.clear();
      lastMeter = meter;
    }
    Buckets.Interval interval = buckets.containing(resolution, epochMillis);
    RollupDelta row =
        rows.computeIfAbsent(
            new Key(meter, resolution, interval.start()),
            key -> new RollupDelta(interval.start(), interval.end()));
    lastRow.put(resolution, row);
    return row;
  }
}
