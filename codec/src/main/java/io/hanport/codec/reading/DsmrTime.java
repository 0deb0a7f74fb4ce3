package io.hanport.codec.reading;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * DSMR timestamps {@code YYMMDDhhmmssX} to ISO-8601 (READING.md {@code meter_time}).
 *
 * <p>X is {@code W} for normal (winter) time and {@code S} for summer time (DSMR5 §6.4, PROTOCOLS.md
 * §1.6). The meter says which, so the offset is the zone's standard offset plus, for {@code S}, its
 * daylight saving: in Central Europe W = +01:00 and S = +02:00 whatever the calendar says.
 *
 * <p>Every telegram carries one, so the text is built from the digits directly, and the offset of
 * each day of the last month seen is remembered. Not thread-safe: one per {@link ReadingMapper}.
 */
final class DsmrTime {

  /** {@code 2021-02-17T18:40:19}, before the offset. */
  private static final int LOCAL_LENGTH = 19;

  private final ZoneRules rules;
  /** A timestamp of the month whose days' offsets are remembered; its season letter too. */
  private String month = "";
  /** By day of {@link #month}: its offset, worked out once a day (issue 2's performance target). */
  private final String[] offsetOfDay = new String[32];

  DsmrTime(ZoneId zone) {
    this.rules = zone.getRules();
  }

  /**
   * ISO-8601, or null when the text is not a real date: meters send placeholders like {@code
   * 632525252525W}.
   */
  String toIso(String timestamp) {
    if (!isTimestamp(timestamp) || !isRealDate(timestamp)) {
      return null;
    }
    String offset = timestamp.length() == 13 ? offset(timestamp) : "";
    byte[] iso = new byte[LOCAL_LENGTH + offset.length()];
    boolean nineteenHundreds = century(twoDigits(timestamp, 0)) == 1900;
    iso[0] = (byte) (nineteenHundreds ? '1' : '2');
    iso[1] = (byte) (nineteenHundreds ? '9' : '0');
    iso[2] = (byte) timestamp.charAt(0);
    iso[3] = (byte) timestamp.charAt(1);
    separatorAndPair(iso, 4, '-', timestamp, 2);
    separatorAndPair(iso, 7, '-', timestamp, 4);
    separatorAndPair(iso, 10, 'T', timestamp, 6);
    separatorAndPair(iso, 13, ':', timestamp, 8);
    separatorAndPair(iso, 16, ':', timestamp, 10);
    for (int i = 0; i < offset.length(); i++) {
      iso[LOCAL_LENGTH + i] = (byte) offset.charAt(i);
    }
    return new String(iso, StandardCharsets.ISO_8859_1);
  }

  /** {@code iso[at]} = separator, then two digits of the timestamp: built without a builder. */
  private static void separatorAndPair(
      byte[] iso, int at, char separator, String timestamp, int from) {
    iso[at] = (byte) separator;
    iso[at + 1] = (byte) timestamp.charAt(from);
    iso[at + 2] = (byte) timestamp.charAt(from + 1);
  }

  private String offset(String timestamp) {
    if (!sameMonthAndSeason(timestamp, month)) {
      Arrays.fill(offsetOfDay, null);
      month = timestamp;
    }
    int day = twoDigits(timestamp, 4);
    String offset = offsetOfDay[day];
    if (offset == null) {
      LocalDateTime noon =
          LocalDateTime.of(
              century(twoDigits(timestamp, 0)) + twoDigits(timestamp, 0),
              twoDigits(timestamp, 2),
              day,
              12,
              0);
      ZoneOffset zoneOffset = offset(noon, timestamp.charAt(12));
      offset = zoneOffset.getTotalSeconds() == 0 ? "+00:00" : zoneOffset.getId();
      offsetOfDay[day] = offset;
    }
    return offset;
  }

  /** Compared in place: this runs for every telegram, and the month rarely changes. */
  private static boolean sameMonthAndSeason(String timestamp, String other) {
    return other.length() == 13
        && timestamp.regionMatches(0, other, 0, 4)
        && timestamp.charAt(12) == other.charAt(12);
  }

  private ZoneOffset offset(LocalDateTime local, char season) {
    ZoneOffset standard = rules.getStandardOffset(local.toInstant(ZoneOffset.UTC));
    if (season == 'W') {
      return standard;
    }
    return ZoneOffset.ofTotalSeconds(standard.getTotalSeconds() + (int) saving(local).getSeconds());
  }

  /**
   * The zone's summer-time saving around that date; one hour where the zone has none then, because
   * a meter that says {@code S} is on summer time even if the configured zone is not.
   */
  private Duration saving(LocalDateTime local) {
    Duration saving = rules.getDaylightSavings(local.toInstant(ZoneOffset.UTC));
    return saving.isZero() ? Duration.ofHours(1) : saving;
  }

  private static boolean isTimestamp(String text) {
    int length = text.length();
    if (length != 12 && length != 13) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return length == 12 || text.charAt(12) == 'W' || text.charAt(12) == 'S';
  }

  private static boolean isRealDate(String text) {
    int year = century(twoDigits(text, 0)) + twoDigits(text, 0);
    int month = twoDigits(text, 2);
    if (month < 1 || month > 12) {
      return false;
    }
    int day = twoDigits(text, 4);
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return day >= 1
        && day <= Month.of(month).length(leap)
        && twoDigits(text, 6) < 24
        && twoDigits(text, 8) < 60
        && twoDigits(text, 10) < 60;
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
