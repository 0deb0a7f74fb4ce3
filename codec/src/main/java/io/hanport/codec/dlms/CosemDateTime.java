package io.hanport.codec.dlms;

import java.util.Optional;

/**
 * A COSEM date-time (IEC 62056-6-2 §4.1.6.1; PROTOCOLS.md §6.4): 12 bytes, any field of which may
 * be "not specified".
 *
 * <pre>
 *  year (2) | month | day | weekday | hour | minute | second | hundredths | deviation (2) | status
 *  FFFF       FF      FF    FF            FF     FF       FF       FF           8000            FF
 * </pre>
 *
 * <p>The deviation is the offset of local time from UTC in minutes with the opposite sign: local
 * time = UTC − deviation, so {@code FF C4} (−60) is {@code +01:00} (amshan decodes it so; capture
 * apdu_se_kaifa_se_list_amshan). Deviation 0x8000 means unspecified: Nordic meters send local time
 * that way, and it is written without an offset rather than guessed.
 */
public record CosemDateTime(
    int year,
    int month,
    int day,
    int hour,
    int minute,
    int second,
    int hundredths,
    int deviationMinutes,
    int clockStatus) {

  public static final int LENGTH = 12;

  /** The deviation value meaning "not specified". */
  public static final int DEVIATION_UNSPECIFIED = -0x8000;

  /** Four digits; also excludes the unspecified year 0xFFFF. */
  private static final int MAX_WRITTEN_YEAR = 9999;

  private static final int UNSPECIFIED_BYTE = 0xFF;

  /** Reads the 12 bytes at {@code bytes[offset]}; the caller has checked they are there. */
  public static CosemDateTime read(byte[] bytes, int offset) {
    return new CosemDateTime(
        (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF,
        bytes[offset + 2] & 0xFF,
        bytes[offset + 3] & 0xFF,
        bytes[offset + 5] & 0xFF,
        bytes[offset + 6] & 0xFF,
        bytes[offset + 7] & 0xFF,
        bytes[offset + 8] & 0xFF,
        (short) ((bytes[offset + 9] & 0xFF) << 8 | bytes[offset + 10] & 0xFF),
        bytes[offset + 11] & 0xFF);
  }

  public boolean hasDeviation() {
    return deviationMinutes != DEVIATION_UNSPECIFIED;
  }

  /**
   * The ISO-8601 local date-time, with the UTC offset when the deviation is specified: {@code
   * 2021-09-22T17:35:30+01:00}, or {@code 2021-12-10T16:57:00} when unspecified. Empty when the
   * date or time of day is not fully specified or not a real one.
   */
  public Optional<String> toIso() {
    if (!isRealDateAndTime()) {
      return Optional.empty();
    }
    // Appended by hand: String.format would cost more than decoding the rest of the frame.
    StringBuilder iso = new StringBuilder(32);
    twoDigits(twoDigits(iso, year / 100), year % 100).append('-');
    twoDigits(iso, month).append('-');
    twoDigits(iso, day).append('T');
    twoDigits(iso, hour).append(':');
    twoDigits(iso, minute).append(':');
    twoDigits(iso, second);
    if (hundredths != UNSPECIFIED_BYTE && hundredths != 0) {
      twoDigits(iso.append('.'), hundredths);
    }
    if (hasDeviation()) {
      int offsetMinutes = -deviationMinutes;
      iso.append(offsetMinutes < 0 ? '-' : '+');
      twoDigits(iso, Math.abs(offsetMinutes) / 60).append(':');
      twoDigits(iso, Math.abs(offsetMinutes) % 60);
    }
    return Optional.of(iso.toString());
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  private boolean isRealDateAndTime() {
    return year <= MAX_WRITTEN_YEAR
        && month >= 1
        && month <= 12
        && day >= 1
        && day <= 31
        && hour <= 23
        && minute <= 59
        && second <= 59
        && (hundredths <= 99 || hundredths == UNSPECIFIED_BYTE)
        && (!hasDeviation() || Math.abs(deviationMinutes) <= 14 * 60);
  }
}
