package io.hanport.app.tariff;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A half-open span of time [start, end): a gap in the energy data or in the prices. */
public record TimeSpan(Instant start, Instant end) {

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  public TimeSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("span ends at or before its start: " + start + "–" + end);
    }
  }

  /** Adjacent or overlapping spans joined, so a missing day reads as one span, not 96 quarters. */
  public static List<TimeSpan> merge(List<TimeSpan> sortedSpans) {
    List<TimeSpan> merged = new ArrayList<>();
    for (TimeSpan span : sortedSpans) {
      int last = merged.size() - 1;
      if (last >= 0 && !span.start.isAfter(merged.get(last).end)) {
        TimeSpan previous = merged.get(last);
        Instant end = span.end.isAfter(previous.end) ? span.end : previous.end;
        merged.set(last, new TimeSpan(previous.start, end));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  /**
   * Local wall-clock text with the offset, e.g. {@code 2026-01-15 17:00–18:00 (+01:00)} or {@code
   * 2026-01-15 23:00–24:00 (+01:00)}; a span over a clock change shows both offsets: {@code
   * 2026-10-25 02:00 (+02:00)–02:00 (+01:00)}.
   */
  public String describe(ZoneId zone) {
    var localStart = start.atZone(zone);
    var localEnd = end.atZone(zone);
    String endText = DAY_TIME.format(localEnd);
    if (localEnd.toLocalDate().equals(localStart.toLocalDate())) {
      endText = TIME.format(localEnd);
    } else if (localEnd.toLocalDate().equals(localStart.toLocalDate().plusDays(1))
        && localEnd.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      endText = "24:00";
    }
    if (!localEnd.getOffset().equals(localStart.getOffset())) {
      return DAY_TIME.format(localStart)
          + " ("
          + localStart.getOffset()
          + ")–"
          + endText
          + " ("
          + localEnd.getOffset()
          + ")";
    }
    return DAY_TIME.format(localStart) + "–" + endText + " (" + localStart.getOffset() + ")";
  }
}
