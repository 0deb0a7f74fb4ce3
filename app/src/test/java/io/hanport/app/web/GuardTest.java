package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers on every answer, and {@code --http-auth} on every path (issue 6, "Safety"). */
class GuardTest {

  private static final String SECRET = "s3cr3t-Token";

  /** Every path the server answers, the page's files and the live stream included. */
  private static final String[] EVERY_PATH = {
    "/", "/style.css", "/icon.svg", "/js/app.js", "/js/live.js", "/vendor/uPlot.esm.js",
    "/vendor/uPlot.min.css", "/api/openapi.json", "/api/v1/reading", "/api/v1/stream",
    "/api/v1/history?from=2026-03-01&to=2026-03-02", "/api/v1/meters", "/api/v1/status",
    "/api/v1/config", "/api/v1/telegram", "/api/v1/power", "/healthz", "/no/such/path",
  };

  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  private void start(Optional<HttpAuth> auth) {
    FakeBackend backend = new FakeBackend()
        .withReading(WebReadings.swedish("main", Instant.parse("2026-03-01T12:00:00Z")));
    server = new TestServer(backend, auth);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/js/app.js", "/api/v1/reading", "/api/v1/history", "/healthz",
      "/no/such/path"})
  void everyAnswerCarriesTheSecurityHeaders(String path) {
    start(Optional.empty());

    HttpResponse<String> response = server.http.get(path);

    assertSecurityHeaders(response);
  }

  @Test
  void unauthorizedAnswersCarryTheSecurityHeadersToo() {
    start(Optional.of(HttpAuth.parse("token:" + SECRET)));

    assertSecurityHeaders(server.http.get("/"));
  }

  @Test
  void withTokenAuthEveryPathRefusesARequestWithoutIt() {
    start(Optional.of(HttpAuth.parse("token:" + SECRET)));

    for (String path : EVERY_PATH) {
      HttpResponse<String> response = server.http.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"hanport\"");
      assertThat(response.body()).isEqualTo("{\"error\":\"authentication required\"}");
    }
  }

  @Test
  void withTokenAuthAWrongTokenIsRefused() {
    start(Optional.of(HttpAuth.parse("token:" + SECRET)));

    assertThat(server.http.get("/api/v1/reading", "Authorization", "Bearer wrong").statusCode())
        .isEqualTo(401);
    assertThat(server.http.get("/api/v1/reading?token=wrong").statusCode()).isEqualTo(401);
    assertThat(server.http.get("/api/v1/reading", "Cookie", "hanport_token=wrong").statusCode())
        .isEqualTo(401);
  }

  @Test
  void withTokenAuthTheBearerHeaderOpensEveryPath() {
    start(Optional.of(HttpAuth.parse("token:" + SECRET)));

    for (String path : EVERY_PATH) {
      if (path.equals("/api/v1/stream")) {
        continue; // endless; StreamApiTest opens it with a token
      }
      HttpResponse<String> response = server.http.get(path, "Authorization", "Bearer " + SECRET);
      assertThat(response.statusCode()).as(path).isIn(200, 404);
      assertThat(response.statusCode()).as(path).isEqualTo(path.startsWith("/no/") ? 404 : 200);
    }
  }

  @Test
  void aTokenParameterOpensThePageAndSetsACookieForItsFiles() {
    start(Optional.of(HttpAuth.parse("token:" + SECRET)));

    HttpResponse<String> page = server.http.get("/?token=" + SECRET);

    assertThat(page.statusCode()).isEqualTo(200);
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).isEqualTo("hanport_token=" + SECRET + "; Path=/; HttpOnly; SameSite=Lax");
    HttpResponse<String> script =
        server.http.get("/js/app.js", "Cookie", cookie.substring(0, cookie.indexOf(';')));
    assertThat(script.statusCode()).isEqualTo(200);
  }

  @Test
  void withBasicAuthTheRightPasswordOpensAndAWrongOneIsRefused() {
    start(Optional.of(HttpAuth.parse("basic:anna:lösen:ord")));

    HttpResponse<String> refused = server.http.get("/", "Authorization", basic("anna:wrong"));
    HttpResponse<String> opened =
        server.http.get("/api/v1/meters", "Authorization", basic("anna:lösen:ord"));

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"hanport\", charset=\"UTF-8\"");
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(server.http.get("/?token=anna:lösen:ord").statusCode()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
  void nothingChangesAnything(String method) {
    start(Optional.empty());

    for (String path : new String[] {"/api/v1/reading", "/api/v1/meters", "/"}) {
      HttpResponse<String> response = server.http.send(method, path);
      assertThat(response.statusCode()).as(method + " " + path).isIn(404, 405);
    }
    assertThat(server.backend.meters()).containsExactly("main");
  }

  private static String basic(String userAndPassword) {
    return "Basic " + Base64.getEncoder()
        .encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertSecurityHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValue(RequestGuard.CONTENT_SECURITY_POLICY);
    assertThat(RequestGuard.CONTENT_SECURITY_POLICY)
        .contains("default-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }
}
