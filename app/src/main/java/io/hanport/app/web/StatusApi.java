package io.hanport.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.TreeMap;

/** The endpoints about the service itself: status, config and health. */
final class StatusApi {

  /** The voltage a European meter should see: 230 V ±10 % (EN 50160). */
  static final int NOMINAL_VOLTAGE_V = 230;

  static final int VOLTAGE_TOLERANCE_PERCENT = 10;

  /** The POM's version, filtered in at build time (as {@code hanport --version} reads it). */
  private static final String VERSION_RESOURCE = "/io/hanport/app/version.properties";

  private final DashboardBackend backend;
  private final LiveFeed feed;
  private final DashboardSettings settings;
  private final Clock clock;
  private final Instant started;
  private final String version;

  StatusApi(DashboardBackend backend, LiveFeed feed, DashboardSettings settings, Clock clock) {
    this.backend = backend;
    this.feed = feed;
    this.settings = settings;
    this.clock = clock;
    this.started = clock.instant();
    this.version = version();
  }

  /** {@code GET /api/v1/status}: inputs, detected settings, frame age, checksums, database. */
  void status(Context ctx) {
    StatusSnapshot snapshot = backend.status();
    Instant now = clock.instant();
    ObjectNode body = Json.object()
        .put("version", version)
        .put("started", started.toString())
        .put("uptime_s", Duration.between(started, now).toSeconds());
    ArrayNode inputs = body.putArray("inputs");
    snapshot.inputs().forEach(input -> input(inputs.addObject(), input, now));
    snapshot.databaseBytes().ifPresent(bytes -> {
      ObjectNode database = body.putObject("database").put("size_bytes", bytes);
      snapshot.disk().ifPresent(disk -> disk(database, disk));
    });
    body.putObject("live")
        .put("clients", feed.clients())
        .put("dropped_clients", feed.droppedClients());
    backend.tariff().ifPresent(tariff -> TariffJson.status(body.putObject("tariff"), tariff));
    ApiResponses.json(ctx, Json.write(body));
  }

  /** {@code GET /api/v1/config}: what the dashboard draws against (fuse, voltage, zone). */
  void config(Context ctx) {
    ObjectNode body = Json.object()
        .put("main_fuse_a", settings.mainFuseA())
        .put("nominal_voltage_v", NOMINAL_VOLTAGE_V)
        .put("voltage_tolerance_percent", VOLTAGE_TOLERANCE_PERCENT)
        .put("zone", settings.zone().getId())
        .put("version", version);
    backend.tariff().ifPresent(tariff -> TariffJson.config(body.putObject("tariff"), tariff));
    ApiResponses.json(ctx, Json.write(body));
  }

  /** {@code GET /healthz}: the server answers; for container and service-manager probes. */
  void health(Context ctx) {
    ApiResponses.json(ctx, "{\"status\":\"ok\"}");
  }

  private static void input(ObjectNode json, StatusSnapshot.Input input, Instant now) {
    json.put("input", Redaction.uri(input.input()))
        .put("source", input.source())
        .put("state", input.state())
        .put("connection", input.connection());
    input.meter().ifPresent(meter -> json.put("meter", meter));
    input.protocol().ifPresent(protocol -> json.put("protocol", protocol));
    input.profile().ifPresent(profile -> json.put("profile", profile));
    input.lastFrame().ifPresent(last -> json
        .put("last_frame", last.toString())
        .put("last_frame_age_s", Duration.between(last, now).toMillis() / 1000.0));
    json.put("frames", input.frames());
    ObjectNode rejections = json.putObject("rejections");
    new TreeMap<>(input.rejections()).forEach(rejections::put);
    json.put("checksum_failure_rate", input.checksumFailureRate())
        .put("reconnects", input.reconnects());
    input.problem().ifPresent(problem -> json.put("problem", problem));
  }

  /** The disk under the database: free bytes, the level, and a warning only when low. */
  private static void disk(ObjectNode database, StatusSnapshot.Disk disk) {
    disk.freeBytes().ifPresent(free -> database.put("free_bytes", free));
    database.put("disk_level", disk.level());
    if (disk.low()) {
      database.put("disk_warning", disk.message());
    }
  }

  private static String version() {
    Properties properties = new Properties();
    try (InputStream in = StatusApi.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return properties.getProperty("version", "unknown");
  }
}
