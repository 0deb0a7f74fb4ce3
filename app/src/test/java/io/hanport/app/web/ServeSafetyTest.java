package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.serve.HanportService;
import io.hanport.app.serve.ServeSettings;
import io.hanport.app.sim.Profile;
import io.hanport.app.sim.Simulator;
import io.hanport.app.sim.SimulatorOptions;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.SourceOptions;
import io.hanport.codec.DecoderOptions;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, "Safety", on the whole of {@code hanport serve}, where {@code /metrics} joins the web
 * layer's endpoints: the credential guards every path, the live stream and the metrics included;
 * the security headers come with each; and a decryption key, the auth key and the HTTP secret
 * show nowhere: not in an answer, not in the log.
 */
class ServeSafetyTest {

  private static final String KEY = "0123456789ABCDEF0123456789ABCDEF";
  private static final String AUTH_KEY = "FEDCBA9876543210FEDCBA9876543210";
  private static final String TOKEN = "kitchen-tablet-7f3a";
  private static final String PASSWORD = "hemligt-l0sen";

  /** Every path {@code serve} answers: API, metrics, the page's files and the live stream. */
  private static final List<String> EVERY_PATH = List.of("/", "/style.css", "/js/app.js",
      "/vendor/uPlot.esm.js", "/api/openapi.json", "/api/v1/reading", "/api/v1/meters",
      "/api/v1/history?from=2026-03-01&to=2026-03-02", "/api/v1/status", "/api/v1/config",
      "/api/v1/telegram", "/api/v1/power", "/healthz", "/metrics", "/api/v1/stream");

  @TempDir Path directory;

  @Test
  void withTokenAuthEveryPathNeedsTheTokenAndCarriesTheSecurityHeaders() throws Exception {
    try (HanportService service = start("token:" + TOKEN)) {
      Http http = new Http(service.httpPort());
      for (String path : EVERY_PATH) {
        assertThat(head(http, path).statusCode()).as(path).isEqualTo(401);
        assertThat(head(http, path, "Authorization", "Bearer wrong").statusCode()).as(path)
            .isEqualTo(401);
        HttpResponse<InputStream> open = head(http, path, "Authorization", "Bearer " + TOKEN);
        assertThat(open.statusCode()).as(path).isIn(200, 404);
        assertThat(open.headers().firstValue("Content-Security-Policy")).as(path)
            .hasValue(RequestGuard.CONTENT_SECURITY_POLICY);
        assertThat(open.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      }
      assertThat(http.get("/metrics", "Authorization", "Bearer " + TOKEN).body())
          .contains("hanport_frames_total");
    }
  }

  @Test
  void withBasicAuthTheMetricsAndTheStreamNeedThePassword() throws Exception {
    try (HanportService service = start("basic:anna:" + PASSWORD)) {
      Http http = new Http(service.httpPort());
      String right = basic("anna:" + PASSWORD);
      String wrong = basic("anna:" + PASSWORD + "x");
      for (String path : List.of("/metrics", "/api/v1/stream", "/", "/api/v1/status")) {
        assertThat(head(http, path).statusCode()).as(path).isEqualTo(401);
        assertThat(head(http, path, "Authorization", wrong).statusCode()).as(path).isEqualTo(401);
        assertThat(head(http, path, "Authorization", right).statusCode()).as(path).isEqualTo(200);
      }
    }
  }

  @Test
  void noKeyTokenOrPasswordInAnyAnswerOrTheLog() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    // slf4j-simple looks System.err up for every line, so the service's log lands here.
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    StringBuilder answers = new StringBuilder();
    try (HanportService service = start("token:" + TOKEN)) {
      Http http = new Http(service.httpPort());
      awaitReading(http);
      for (String path : EVERY_PATH) {
        if (!path.endsWith("stream")) {
          answers.append(http.get(path, "Authorization", "Bearer " + TOKEN).body());
        }
      }
    } finally {
      System.setErr(stderr);
    }
    String everything = (answers + log.toString(StandardCharsets.UTF_8)).toUpperCase(Locale.ROOT);
    assertThat(answers).contains("ttyHANPORT-ABSENT").contains("hanport_frames_total");
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("dashboard on http")
        .contains("(token auth)");
    for (String secret : List.of(KEY, AUTH_KEY, TOKEN, PASSWORD)) {
      assertThat(everything).doesNotContain(secret.toUpperCase(Locale.ROOT));
    }
  }

  /** A fast simulated meter and an absent serial port, with keys, on a random local port. */
  private HanportService start(String auth) throws Exception {
    HexFormat hex = HexFormat.of();
    DecoderOptions decoder = DecoderOptions.defaults()
        .withKeys(Optional.of(hex.parseHex(KEY)), Optional.of(hex.parseHex(AUTH_KEY)));
    SourceOptions sources = SourceOptions.defaults(decoder, profile -> Simulator.open(
        Profile.byId(profile).orElseThrow(), new SimulatorOptions(1, Optional.empty(), 100)));
    ServeSettings settings = new ServeSettings(
        List.of(InputUri.parse("home=sim:se-p1"), InputUri.parse("serial:/dev/ttyHANPORT-ABSENT")),
        decoder, sources, "sqlite:" + directory.resolve("hanport.db"), 0, "127.0.0.1",
        new DashboardSettings(Optional.of(HttpAuth.parse(auth)), 20, decoder.zone()),
        Optional.empty(), Optional.empty(), Optional.empty());
    return HanportService.start(settings, "test");
  }

  private static void awaitReading(Http http) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline && http.get("/api/v1/reading?meter=home",
        "Authorization", "Bearer " + TOKEN).statusCode() != 200) {
      Thread.sleep(100);
    }
  }

  /** Status and headers only: the body of the live stream never ends. */
  private static HttpResponse<InputStream> head(Http http, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
        .timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<InputStream> response =
        http.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    response.body().close();
    return response;
  }

  private static String basic(String userAndPassword) {
    return "Basic " + java.util.Base64.getEncoder()
        .encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }
}
