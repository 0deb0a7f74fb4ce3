package io.hanport.codec.reading;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * DSMR timestamps {@code YYMMDDhhmmssX} to ISO-8601 (READING.md {@code meter_time}).
 *
 * <p>X is {@code W} for normal (winter) time and {@code S} for summer time (DSMR5 §6.4, PROTOCOLS.md
 * §1.6). The meter says which, so the offset is the zone's standard offset plus, for {@code S}, its
 * daylight saving: in Central Europe W = +01:00 and S = +02:00 whatever the calendar says.
 */
final class DsmrTime {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private DsmrTime() {}

  /** Empty when the text is not a real date: meters send placeholders like {@code 632525252525W}. */
  static Optional<String> toIso(String timestamp, ZoneId zone) {
    if (!isTimestamp(timestamp)) {
      return Optional.empty();
    }
    try {
      LocalDateTime local = local(timestamp);
      if (timestamp.length() == 12) {
        return Optional.of(LOCAL.format(local));
      }
      ZoneOffset offset = offset(local, timestamp.charAt(12), zone.getRules());
      return Optional.of(LOCAL.format(local) + offset.getId().replace("Z", "+00:00"));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }

  private static boolean isTimestamp(String text) {
    int length = text.length();
    if (length != 12 && length != 13) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return length == 12 || text.charAt(12) == 'W' || text.charAt(12) == 'S';
  }

  private static LocalDateTime local(String timestamp) {
    return LocalDateTime.of(
        century(twoDigits(timestamp, 0)) + twoDigits(timestamp, 0),
        twoDigits(timestamp, 2),
        twoDigits(timestamp, 4),
        twoDigits(timestamp, 6),
        twoDigits(timestamp, 8),
        twoDigits(timestamp, 10));
  }

  private static ZoneOffset offset(LocalDateTime local, char season, ZoneRules rules) {
    ZoneOffset standard = rules.getStandardOffset(local.toInstant(ZoneOffset.UTC));
    if (season == 'W') {
      return standard;
    }
    Duration saving = largestDaylightSaving(local, rules);
    return ZoneOffset.ofTotalSeconds(standard.getTotalSeconds() + (int) saving.getSeconds());
  }

  /**
   * The zone's summer-time saving around that date; one hour where the zone has none, because a
   * meter that says {@code S} is on summer time even if the configured zone never is.
   */
  private static Duration largestDaylightSaving(LocalDateTime local, ZoneRules rules) {
    Duration saving = rules.getDaylightSavings(local.toInstant(ZoneOffset.UTC));
    return saving.isZero() ? Duration.ofHours(1) : saving;
  }

  /**
   * Years 70–99 are the 1900s: empty M-Bus channels stamp the Unix epoch {@code 700101010000W}
   * (capture p1_dsmr_parser_v5_two_mbus), and no DSMR meter predates 2000.
   */
  private static int century(int twoDigitYear) {
    return twoDigitYear >= 70 ? 1900 : 2000;
  }

  private static int twoDigits(String text, int at) {
    return (text.charAt(at) - '0') * 10 + (text.charAt(at + 1) - '0');
  }
}
