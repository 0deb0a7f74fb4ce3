package io.hanport.app.tariff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Times as files write them: ISO instants ({@code 2026-01-01T00:00Z}), with an offset ({@code
 * 2026-01-01T00:00+01:00}), or local wall-clock time ({@code 2026-01-01 00:00}) in the tariff's
 * time zone. A local time the autumn clock change makes ambiguous ({@code 02:30} twice) is the
 * earlier one unless the previous line already passed it: a file listing every interval in order
 * then reads correctly through both repeated hours. A local time the spring change skips is an
 * error, because no interval starts there.
 */
final class TimeText {

  private final ZoneId zone;

  TimeText(ZoneId zone) {
    this.zone = zone;
  }

  /** True when {@code text} has the shape of a date-time, used to tell data from a header line. */
  static boolean looksLikeTime(String text) {
    return text.length() >= 16 && Character.isDigit(text.charAt(0)) && text.charAt(4) == '-';
  }

  /** Lines must be in time order: a start at or before the previous line's is a mistake. */
  static void checkAfter(CsvTable table, CsvTable.Row row, Instant start, Instant previous)
      throws TariffException {
    if (previous != null && !start.isAfter(previous)) {
      throw table.error(
          row,
          "starts at "
              + start
              + ", not after the line before ("
              + previous
              + "): lines must be in time order without repeats");
    }
  }

  /** The shortest positive step between consecutive starts: a file's resolution. */
  static Optional<Duration> shortestStep(List<Instant> starts) {
    Duration shortest = null;
    for (int i = 1; i < starts.size(); i++) {
      Duration step = Duration.between(starts.get(i - 1), starts.get(i));
      boolean positive = !step.isNegative() && !step.isZero();
      if (positive && (shortest == null || step.compareTo(shortest) < 0)) {
        shortest = step;
      }
    }
    return Optional.ofNullable(shortest);
  }

  /**
   * @param previous the start on the line before, or null, to settle repeated autumn hours
   * @param where prefix for messages, e.g. {@code prices.csv:12: start}
   */
  Instant parse(String text, Instant previous, String where) throws TariffException {
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.replaceFirst(" ", "T") : text;
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException notOffset) {
      // No offset given: a local wall-clock time, handled below.
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(iso);
    } catch (DateTimeParseException unreadable) {
      throw new TariffException(
          where
              + " '"
              + text
              + "' is not a date-time: write 2026-01-15T13:00:00+01:00, 2026-01-15T12:00:00Z"
              + " or 2026-01-15 13:00 (local time in "
              + zone
              + ")");
    }
    return resolve(local, previous, where);
  }

  private Instant resolve(LocalDateTime local, Instant previous, String where)
      throws TariffException {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      throw new TariffException(
          where
              + " "
              + local
              + " does not exist in "
              + zone
              + " (the clocks skip it in spring): give the time with its offset or in UTC");
    }
    Instant earlier = local.toInstant(offsets.get(0));
    if (offsets.size() == 2 && previous != null && !earlier.isAfter(previous)) {
      return local.toInstant(offsets.get(1));
    }
    return earlier;
  }
}
