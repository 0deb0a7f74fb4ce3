package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status, config, health, the OpenAPI document and the dashboard's own files. */
class ServiceApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private TestServer server;

  @BeforeEach
  void start() {
    StatusSnapshot.Input serial = new StatusSnapshot.Input(
        "mqtt://anna:hunter2@broker:1883/han?key=00112233445566778899AABBCCDDEEFF", "han",
        "CONNECTED", "mqtt 3.1.1", Optional.of("main"), Optional.of("dsmr"),
        Optional.of("ELL5\\253833635_A"), Optional.of(NOW.minusSeconds(4)), 1200,
        Map.of("BAD_CHECKSUM", 3L, "GARBAGE", 1L), 0.0025, 2, Optional.empty());
    FakeBackend backend = new FakeBackend().withMeter("main")
        .withStatus(new StatusSnapshot(List.of(serial), OptionalLong.of(1_234_567)));
    server = new TestServer(backend, new LiveFeed(), Optional.empty(),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void statusShowsEachInputWithoutItsSecrets() {
    HttpResponse<String> response = server.http.get("/api/v1/status");

    assertThat(response.body()).matches("\\{\"version\":\"[^\"]+\",\"started\":"
        + "\"2026-03-01T12:00:00Z\",\"uptime_s\":0,\"inputs\":\\[\\{"
        + "\"input\":\"mqtt://anna:\\*\\*\\*@broker:1883/han\\?key=\\*\\*\\*\",\"source\":\"han\","
        + "\"state\":\"CONNECTED\",\"connection\":\"mqtt 3.1.1\",\"meter\":\"main\","
        + "\"protocol\":\"dsmr\",\"profile\":\"ELL5\\\\\\\\253833635_A\","
        + "\"last_frame\":\"2026-03-01T11:59:56Z\",\"last_frame_age_s\":4.0,\"frames\":1200,"
        + "\"rejections\":\\{\"BAD_CHECKSUM\":3,\"GARBAGE\":1\\},"
        + "\"checksum_failure_rate\":0.0025,\"reconnects\":2\\}\\],"
        + "\"database\":\\{\"size_bytes\":1234567\\},"
        + "\"live\":\\{\"clients\":0,\"dropped_clients\":0\\}\\}");
    assertThat(response.body()).doesNotContain("hunter2", "00112233");
  }

  @Test
  void configTellsTheDashboardTheFuseVoltageAndZone() {
    assertThat(server.http.get("/api/v1/config").body()).matches(
        "\\{\"main_fuse_a\":25,\"nominal_voltage_v\":230,\"voltage_tolerance_percent\":10,"
            + "\"zone\":\"Europe/Stockholm\",\"version\":\"[^\"]+\"\\}");
  }

  @Test
  void healthzSaysOk() {
    HttpResponse<String> response = server.http.get("/healthz");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpointTheServerHas() throws Exception {
    HttpResponse<String> response = server.http.get("/api/openapi.json");

    JsonNode document = JSON.readTree(response.body());
    assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
    List<String> paths = new ArrayList<>();
    document.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyInAnyOrder("/api/v1/reading", "/api/v1/stream",
        "/api/v1/history", "/api/v1/meters", "/api/v1/status", "/api/v1/config",
        "/api/v1/telegram", "/api/v1/power", "/healthz", "/api/openapi.json", "/api/v1/cost",
        "/api/v1/headroom", "/metrics");
    for (String path : paths) {
      if (!path.equals("/api/v1/stream")) {
        assertThat(server.http.get(path.replace("history", "history?from=2026-03-01&to=2026-03-02"))
            .statusCode()).as(path).isIn(200, 404);
      }
    }
    for (JsonNode ref : document.findValues("$ref")) {
      assertThat(document.at(ref.asText().substring(1)).isMissingNode()).as(ref.asText())
          .isFalse();
    }
  }

  @Test
  void theDashboardPageLoadsItsModulesAndUplotFromThisServer() {
    HttpResponse<String> page = server.http.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(page)).isEqualTo("text/html;charset=utf-8");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/js/app.js\"></script>")
        .doesNotContain("http://", "https://", "style=\"", "onclick");
    HttpResponse<String> uplot = server.http.get("/vendor/uPlot.esm.js");
    assertThat(Http.contentType(uplot)).isEqualTo("text/javascript;charset=utf-8");
    assertThat(uplot.body()).contains("export { uPlot as default }");
  }

  @Test
  void anUnchangedFileIsNotSentAgain() {
    HttpResponse<String> first = server.http.get("/style.css");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = server.http.get("/style.css", "If-None-Match", etag);

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void anUnknownPathIsA404WithJson() {
    HttpResponse<String> response = server.http.get("/api/v1/readings");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"error\":\"no such path: /api/v1/readings\"}");
  }
}
