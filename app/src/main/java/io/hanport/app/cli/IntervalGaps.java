package io.hanport.app.cli;

import io.hanport.app.store.EnergyInterval;
import io.hanport.app.store.MeterInfo;
import io.hanport.app.store.Resolution;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store leaves intervals without readings out (issue 5: gaps are stored as gaps); {@code
 * export} shows each as a row of its own, between the meter's first and last reading, so that a
 * spreadsheet or chart shows a hole where the meter was silent, not a zero. Intervals are cut as
 * the store cuts them: local clock quarter-hours and hours, local midnights.
 */
final class IntervalGaps {

  private static final long QUARTER_HOUR_MS = 900_000;
  private static final long HOUR_MS = 3_600_000;

  private IntervalGaps() {}

  /**
   * @param from start of the range asked for, on an interval boundary
   * @param until end of the range asked for, exclusive
   */
  static List<IntervalTable.Row> withGaps(
      List<EnergyInterval> intervals,
      Instant from,
      Instant until,
      Resolution resolution,
      ZoneId zone,
      MeterInfo meter) {
    Instant lastEnd = next(floor(meter.lastReading(), resolution, zone), resolution, zone);
    Instant end = until.isBefore(lastEnd) ? until : lastEnd;
    Instant expected = later(from, floor(meter.firstReading(), resolution, zone));
    List<IntervalTable.Row> rows = new ArrayList<>();
    for (EnergyInterval interval : intervals) {
      gaps(expected, interval.start(), resolution, zone, rows);
      rows.add(new IntervalTable.Row(interval.start(), interval.end(), Optional.of(interval)));
      expected = later(expected, interval.end());
    }
    gaps(expected, end, resolution, zone, rows);
    return rows;
  }

  private static void gaps(
      Instant from,
      Instant until,
      Resolution resolution,
      ZoneId zone,
      List<IntervalTable.Row> rows) {
    for (Instant start = from; start.isBefore(until); start = next(start, resolution, zone)) {
      rows.add(new IntervalTable.Row(start, next(start, resolution, zone), Optional.empty()));
    }
  }

  static Instant floor(Instant time, Resolution resolution, ZoneId zone) {
    switch (resolution) {
      case QUARTER_HOUR:
        return clockFloor(time, QUARTER_HOUR_MS, zone);
      case HOUR:
        return clockFloor(time, HOUR_MS, zone);
      case DAY:
        return LocalDate.ofInstant(time, zone).atStartOfDay(zone).toInstant();
      default:
        return LocalDate.ofInstant(time, zone).withDayOfMonth(1).atStartOfDay(zone).toInstant();
    }
  }

  static Instant next(Instant start, Resolution resolution, ZoneId zone) {
    switch (resolution) {
      case QUARTER_HOUR:
        return start.plusMillis(QUARTER_HOUR_MS);
      case HOUR:
        return start.plusMillis(HOUR_MS);
      case DAY:
        return LocalDate.ofInstant(start, zone).plusDays(1).atStartOfDay(zone).toInstant();
      default:
        return LocalDate.ofInstant(start, zone).plusMonths(1).atStartOfDay(zone).toInstant();
    }
  }

  private static Instant clockFloor(Instant time, long length, ZoneId zone) {
    long offset = zone.getRules().getOffset(time).getTotalSeconds() * 1000L;
    long millis = time.toEpochMilli();
    return Instant.ofEpochMilli(Math.floorDiv(millis + offset, length) * length - offset);
  }

  private static Instant later(Instant one, Instant other) {
    return one.isAfter(other) ? one : other;
  }
}
