package io.hanport.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/history}: energy per interval, as JSON or CSV. Every interval of the range is
 * listed; one without data is a gap ({@code null} in JSON, empty cells in CSV), never a zero, so
 * charts draw it as a gap.
 */
final class HistoryApi {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final DashboardBackend backend;
  private final DashboardSettings settings;

  HistoryApi(DashboardBackend backend, DashboardSettings settings) {
    this.backend = backend;
    this.settings = settings;
  }

  void history(Context ctx) {
    HistoryQuery query = HistoryQuery.parse(ctx, backend, settings.zone());
    Map<Instant, HistoryPoint> byStart = new HashMap<>();
    for (HistoryPoint point :
        backend.history(query.meter(), query.from(), query.to(), query.resolution())) {
      byStart.put(point.start(), point);
    }
    if (query.csv()) {
      ctx.header("Cache-Control", "no-store");
      ctx.contentType("text/csv; charset=utf-8").result(csv(query.intervals(), byStart));
    } else {
      ApiResponses.json(ctx, Json.write(json(query, byStart)));
    }
  }

  private ObjectNode json(HistoryQuery query, Map<Instant, HistoryPoint> byStart) {
    List<ZonedDateTime> intervals = query.intervals();
    ObjectNode body = Json.object()
        .put("meter", query.meter())
        .put("resolution", query.resolution().id())
        .put("zone", settings.zone().getId())
        .put("from", ISO.format(intervals.get(0)))
        .put("to", ISO.format(query.resolution().next(intervals.get(intervals.size() - 1))));
    ArrayNode points = body.putArray("points");
    double importTotal = 0;
    double exportTotal = 0;
    for (ZonedDateTime start : intervals) {
      ObjectNode entry = points.addObject().put("start", ISO.format(start));
      HistoryPoint point = byStart.get(start.toInstant());
      if (point == null) {
        entry.putNull("import_kwh").putNull("export_kwh");
      } else {
        entry.put("import_kwh", Json.kwh(point.importKwh()))
            .put("export_kwh", Json.kwh(point.exportKwh()));
        if (!point.complete()) {
          entry.put("complete", false);
        }
        importTotal += point.importKwh();
        exportTotal += point.exportKwh();
      }
    }
    body.put("import_kwh_total", Json.kwh(importTotal))
        .put("export_kwh_total", Json.kwh(exportTotal));
    return body;
  }

  private static String csv(List<ZonedDateTime> intervals, Map<Instant, HistoryPoint> byStart) {
    StringBuilder csv = new StringBuilder(intervals.size() * 40).append(
        "start,import_kwh,export_kwh\r\n");
    for (ZonedDateTime start : intervals) {
      csv.append(ISO.format(start)).append(',');
      HistoryPoint point = byStart.get(start.toInstant());
      if (point != null) {
        csv.append(Json.kwh(point.importKwh()).toPlainString())
            .append(',')
            .append(Json.kwh(point.exportKwh()).toPlainString());
      } else {
        csv.append(',');
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }
}
