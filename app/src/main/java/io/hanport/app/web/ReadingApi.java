package io.hanport.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hanport.app.pipeline.MeterReading;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** The endpoints about meters and their readings: reading, meters, telegram and power. */
final class ReadingApi {

  private final DashboardBackend backend;
  private final LiveFeed feed;
  private final Clock clock;

  ReadingApi(DashboardBackend backend, LiveFeed feed, Clock clock) {
    this.backend = backend;
    this.feed = feed;
    this.clock = clock;
  }

  /** {@code GET /api/v1/reading}: the latest reading, per the contract plus received/source. */
  void reading(Context ctx) {
    ApiResponses.json(ctx, Json.reading(latest(ctx)));
  }

  /** {@code GET /api/v1/meters}: every meter, with when its latest reading arrived. */
  void meters(Context ctx) {
    ObjectNode body = Json.object();
    ArrayNode meters = body.putArray("meters");
    for (String meter : backend.meters()) {
      ObjectNode entry = meters.addObject().put("meter", meter);
      backend.latest(meter).ifPresent(last -> entry.put("received", last.received().toString()));
    }
    ApiResponses.json(ctx, Json.write(body));
  }

  /**
   * {@code GET /api/v1/telegram}: the latest frame exactly as received, as hex, and as text too
   * when it is an ASCII P1 telegram (an encrypted one is binary and has no text).
   */
  void telegram(Context ctx) {
    MeterReading last = latest(ctx);
    byte[] frame = last.frame();
    ObjectNode body = Json.object()
        .put("meter", last.meter())
        .put("received", last.received().toString())
        .put("protocol", last.reading().protocol())
        .put("encrypted", last.reading().encrypted())
        .put("length", frame.length)
        .put("hex", HexFormat.of().withUpperCase().formatHex(frame));
    if ("dsmr".equals(last.reading().protocol()) && isText(frame)) {
      body.put("text", new String(frame, StandardCharsets.US_ASCII));
    }
    ApiResponses.json(ctx, Json.write(body));
  }

  /**
   * {@code GET /api/v1/power}: the last hour of power as columns (epoch seconds, import and
   * export watts), the shape the dashboard's live chart takes. Kept in memory since start.
   */
  void power(Context ctx) {
    String meter = Meters.resolve(ctx, backend);
    List<PowerWindow.Sample> samples = feed.recentPower(meter, Instant.now(clock));
    ObjectNode body = Json.object().put("meter", meter);
    ArrayNode times = body.putArray("time");
    ArrayNode imports = body.putArray("import_w");
    ArrayNode exports = body.putArray("export_w");
    for (PowerWindow.Sample sample : samples) {
      times.add(sample.time().toEpochMilli() / 1000.0);
      imports.add(sample.importW());
      exports.add(sample.exportW());
    }
    ApiResponses.json(ctx, Json.write(body));
  }

  private MeterReading latest(Context ctx) {
    String meter = Meters.resolve(ctx, backend);
    return backend.latest(meter)
        .orElseThrow(() -> ApiError.notFound("meter '" + meter + "' has sent no reading yet"));
  }

  /** Printable ASCII and the line breaks and tabs of a P1 telegram (PROTOCOLS.md, P1). */
  private static boolean isText(byte[] frame) {
    for (byte b : frame) {
      boolean printable = b >= 0x20 && b < 0x7F;
      if (!printable && b != '\r' && b != '\n' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
