package io.hanport.app.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of {@code GET /api/v1/history}, checked: each bad one is a 400 naming it.
 *
 * @param intervals every interval start from {@code from} (floored) up to {@code to}
 */
record HistoryQuery(String meter, Resolution resolution, List<ZonedDateTime> intervals,
    Instant to, boolean csv) {

  /** A year of quarter hours, and a day to spare. */
  static final int MAX_INTERVALS = 366 * 96;

  private static final String TIME_FORMS =
      "a date (2025-03-01) or date-time (2025-03-01T10:00, 2025-03-01T10:00:00%2B01:00, "
          + "2025-03-01T09:00:00Z)";

  /** A date, optionally a time, optionally an offset: the forms {@link #TIME_FORMS} lists. */
  private static final DateTimeFormatter TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffsetId()
          .toFormatter();

  static HistoryQuery parse(Context ctx, DashboardBackend backend, ZoneId zone) {
    Resolution resolution = resolution(ctx.queryParam("resolution"));
    Instant from = time("from", ctx.queryParam("from"), zone);
    Instant to = time("to", ctx.queryParam("to"), zone);
    if (!to.isAfter(from)) {
      throw ApiError.badParameter("to", "to must be later than from");
    }
    boolean csv = csv(ctx.queryParam("format"), ctx.header("Accept"));
    List<ZonedDateTime> intervals = intervals(from, to, resolution, zone);
    return new HistoryQuery(Meters.resolve(ctx, backend), resolution, intervals, to, csv);
  }

  Instant from() {
    return intervals.get(0).toInstant();
  }

  private static Resolution resolution(String text) {
    if (text == null || text.isEmpty()) {
      return Resolution.HOUR;
    }
    return Resolution.byId(text)
        .orElseThrow(() -> ApiError.badParameter("resolution",
            "resolution must be 15m, 1h, 1d or 1M, not '" + text + "'"));
  }

  private static Instant time(String name, String text, ZoneId zone) {
    if (text == null || text.isEmpty()) {
      throw ApiError.badParameter(name, name + " is missing: give " + TIME_FORMS);
    }
    try {
      TemporalAccessor parsed =
          TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof OffsetDateTime offset) {
        return offset.toInstant();
      }
      if (parsed instanceof LocalDateTime local) {
        return local.atZone(zone).toInstant();
      }
      return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException malformed) {
      throw ApiError.badParameter(name, name + " '" + text + "' is not " + TIME_FORMS);
    }
  }

  private static boolean csv(String format, String accept) {
    if (format == null || format.isEmpty()) {
      return accept != null && accept.contains("text/csv");
    }
    if (format.equals("csv") || format.equals("json")) {
      return format.equals("csv");
    }
    throw ApiError.badParameter("format", "format must be json or csv, not '" + format + "'");
  }

  private static List<ZonedDateTime> intervals(
      Instant from, Instant to, Resolution resolution, ZoneId zone) {
    List<ZonedDateTime> starts = new ArrayList<>();
    ZonedDateTime start = resolution.floor(from.atZone(zone));
    while (start.toInstant().isBefore(to)) {
      if (starts.size() == MAX_INTERVALS) {
        throw ApiError.badParameter("to", "from..to holds more than " + MAX_INTERVALS
            + " intervals of " + resolution.id() + ": ask for less, or a coarser resolution");
      }
      starts.add(start);
      start = resolution.next(start);
    }
    return starts;
  }
}
