package io.hanport.app.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.EnumMap;

/**
 * The rollup interval containing a time, per resolution, in the store's zone. Quarter-hours and
 * hours are local clock intervals, so a 25-hour day has 25 hour rows and a 23-hour day 23
 * (Europe/Stockholm, 2026-10-25 and 2026-03-29). Zones whose offset changes off the hour grid (Lord
 * Howe's half-hour saving) get hours aligned to the offset in force at the reading.
 *
 * <p>Readings arrive in time order, so the last interval of each resolution is remembered and
 * nearly every lookup is two comparisons. Not thread-safe: one per writer.
 */
final class Buckets {

  /** Start inclusive, end exclusive, epoch milliseconds. */
  record Interval(long start, long end) {
    long length() {
      return end - start;
    }
  }

  private static final long QUARTER_HOUR_MS = 900_000;
  private static final long HOUR_MS = 3_600_000;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final EnumMap<Resolution, Interval> last = new EnumMap<>(Resolution.class);

  Buckets(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
  }

  Interval containing(Resolution resolution, long epochMillis) {
    Interval cached = last.get(resolution);
    if (cached != null && epochMillis >= cached.start && epochMillis < cached.end) {
      return cached;
    }
    Interval interval = compute(resolution, epochMillis);
    last.put(resolution, interval);
    return interval;
  }

  private Interval compute(Resolution resolution, long epochMillis) {
    switch (resolution) {
      case QUARTER_HOUR:
        return clockInterval(epochMillis, QUARTER_HOUR_MS);
      case HOUR:
        return clockInterval(epochMillis, HOUR_MS);
      case DAY:
        LocalDate day = localDate(epochMillis);
        return between(day, day.plusDays(1));
      case MONTH:
        LocalDate month = localDate(epochMillis).withDayOfMonth(1);
        return between(month, month.plusMonths(1));
      default:
        throw new IllegalArgumentException(resolution.name());
    }
  }

  private Interval clockInterval(long epochMillis, long length) {
    long offset = rules.getOffset(Instant.ofEpochMilli(epochMillis)).getTotalSeconds() * 1000L;
    long start = Math.floorDiv(epochMillis + offset, length) * length - offset;
    return new Interval(start, start + length);
  }

  private LocalDate localDate(long epochMillis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
  }

  private Interval between(LocalDate first, LocalDate next) {
    return new Interval(
        first.atStartOfDay(zone).toInstant().toEpochMilli(),
        next.atStartOfDay(zone).toInstant().toEpochMilli());
  }
}
