package io.hanport.app.web;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * The width of a history interval, as the API spells it. Intervals are local: a day starts at
 * local midnight and lasts 23, 24 or 25 hours; a month starts on its first day.
 */
public enum Resolution {
  QUARTER_HOUR("15m"),
  HOUR("1h"),
  DAY("1d"),
  MONTH("1M");

  private final String id;

  Resolution(String id) {
    this.id = id;
  }

  /** The API's name: {@code 15m}, {@code 1h}, {@code 1d}, {@code 1M}. */
  public String id() {
    return id;
  }

  public static Optional<Resolution> byId(String id) {
    return Arrays.stream(values()).filter(value -> value.id.equals(id)).findFirst();
  }

  /** The start of the interval holding {@code time}. */
  public ZonedDateTime floor(ZonedDateTime time) {
    return switch (this) {
      case QUARTER_HOUR ->
          time.truncatedTo(ChronoUnit.HOURS).plusMinutes(time.getMinute() / 15 * 15L);
      case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
      case DAY -> time.truncatedTo(ChronoUnit.DAYS);
      case MONTH -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
    };
  }

  /** The start of the interval after the one starting at {@code start}. */
  public ZonedDateTime next(ZonedDateTime start) {
    return switch (this) {
      case QUARTER_HOUR -> start.plusMinutes(15);
      case HOUR -> start.plusHours(1);
      case DAY -> start.plusDays(1);
      case MONTH -> start.plusMonths(1);
    };
  }
}
