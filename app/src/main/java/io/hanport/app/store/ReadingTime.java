package io.hanport.app.store;

import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The time a reading is stored under: the meter's own clock ({@code meter_time}) when it sent one,
 * else the host's receive time. Two readings of a meter with the same time are the same reading
 * (issue 5: "a reading with the same meter and time is stored once").
 */
final class ReadingTime {

  /** {@code 2021-02-17T18:40:19+01:00}: the form DSMR meters produce (READING.md). */
  private static final int ISO_WITH_OFFSET_LENGTH = 25;

  private final ZoneId zone;

  ReadingTime(ZoneId zone) {
    this.zone = zone;
  }

  long epochMillis(Reading reading, Instant received) {
    String meterTime = (String) reading.fields().get(Field.METER_TIME);
    if (meterTime == null) {
      return received.toEpochMilli();
    }
    if (meterTime.length() == ISO_WITH_OFFSET_LENGTH && isPlainIsoWithOffset(meterTime)) {
      return fromDigits(meterTime);
    }
    return parsed(meterTime, received);
  }

  /**
   * DLMS meters send local time without an offset when the deviation is unspecified (READING.md
   * {@code meter_time}): that time is local in the store's zone.
   */
  private long parsed(String meterTime, Instant received) {
    try {
      return OffsetDateTime.parse(meterTime).toInstant().toEpochMilli();
    } catch (DateTimeParseException noOffset) {
      try {
        return LocalDateTime.parse(meterTime).atZone(zone).toInstant().toEpochMilli();
      } catch (DateTimeParseException unreadable) {
        return received.toEpochMilli();
      }
    }
  }

  private static boolean isPlainIsoWithOffset(String text) {
    return text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && (text.charAt(19) == '+' || text.charAt(19) == '-')
        && text.charAt(22) == ':';
  }

  /** Once per reading, so digits are read directly instead of through a formatter. */
  private static long fromDigits(String text) {
    long days = daysFromCivil(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
    long seconds =
        days * 86_400
            + number(text, 11, 13) * 3600L
            + number(text, 14, 16) * 60L
            + number(text, 17, 19);
    long offset = number(text, 20, 22) * 3600L + number(text, 23, 25) * 60L;
    return (text.charAt(19) == '+' ? seconds - offset : seconds + offset) * 1000;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "days_from_civil"). */
  private static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }
}
