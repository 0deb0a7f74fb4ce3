package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /api/v1/history}: gaps, totals, local intervals, CSV, and every bad parameter. */
class HistoryApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TestServer server;

  @BeforeEach
  void start() {
    FakeBackend backend = new FakeBackend().withMeter("main").withHistory("main", List.of(
        point("2026-03-01T00:00+01:00", 0.412, 0),
        point("2026-03-01T01:00+01:00", 0.3999, 0),
        pointAfterGap("2026-03-01T03:00+01:00", 1.25, 0.5)));
    server = new TestServer(backend, Optional.empty());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static HistoryPoint point(String start, double importKwh, double exportKwh) {
    return new HistoryPoint(ZonedDateTime.parse(start).toInstant(), importKwh, exportKwh);
  }

  /** The hour where readings resume holds the gap's energy too: the store marks it incomplete. */
  private static HistoryPoint pointAfterGap(String start, double importKwh, double exportKwh) {
    return new HistoryPoint(ZonedDateTime.parse(start).toInstant(), importKwh, exportKwh, false);
  }

  @Test
  void everyIntervalIsListedAMissingOneIsAGapAndTheHourAfterItSaysItHoldsTheGap() {
    HttpResponse<String> response = server.http.get(
        "/api/v1/history?meter=main&from=2026-03-01T00:00&to=2026-03-01T04:00&resolution=1h");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"meter\":\"main\",\"resolution\":\"1h\","
        + "\"zone\":\"Europe/Stockholm\",\"from\":\"2026-03-01T00:00:00+01:00\","
        + "\"to\":\"2026-03-01T04:00:00+01:00\",\"points\":["
        + "{\"start\":\"2026-03-01T00:00:00+01:00\",\"import_kwh\":0.412,\"export_kwh\":0},"
        + "{\"start\":\"2026-03-01T01:00:00+01:00\",\"import_kwh\":0.4,\"export_kwh\":0},"
        + "{\"start\":\"2026-03-01T02:00:00+01:00\",\"import_kwh\":null,\"export_kwh\":null},"
        + "{\"start\":\"2026-03-01T03:00:00+01:00\",\"import_kwh\":1.25,\"export_kwh\":0.5,"
        + "\"complete\":false}],"
        + "\"import_kwh_total\":2.062,\"export_kwh_total\":0.5}");
    assertThat(server.backend.questions()).containsExactly(new FakeBackend.HistoryQuestion("main",
        Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-01T03:00:00Z"),
        Resolution.HOUR));
  }

  @Test
  void csvByFormatParameterHasEmptyCellsForGaps() {
    HttpResponse<String> response = server.http.get(
        "/api/v1/history?from=2026-03-01T00:00&to=2026-03-01T04:00&format=csv");

    assertThat(Http.contentType(response)).isEqualTo("text/csv;charset=utf-8");
    assertThat(response.body()).isEqualTo("start,import_kwh,export_kwh\r\n"
        + "2026-03-01T00:00:00+01:00,0.412,0\r\n"
        + "2026-03-01T01:00:00+01:00,0.4,0\r\n"
        + "2026-03-01T02:00:00+01:00,,\r\n"
        + "2026-03-01T03:00:00+01:00,1.25,0.5\r\n");
  }

  @Test
  void csvByAcceptHeader() {
    HttpResponse<String> response = server.http.get(
        "/api/v1/history?from=2026-03-01T00:00&to=2026-03-01T01:00", "Accept", "text/csv");

    assertThat(response.body())
        .isEqualTo("start,import_kwh,export_kwh\r\n2026-03-01T00:00:00+01:00,0.412,0\r\n");
  }

  @Test
  void aDayIsLocalMidnightToMidnightAcrossSummerTime() throws Exception {
    assertThat(points("from=2026-03-29&to=2026-03-30&resolution=1h")).hasSize(23);
    assertThat(points("from=2026-10-25&to=2026-10-26&resolution=1h")).hasSize(25);
    assertThat(points("from=2026-10-25&to=2026-10-26&resolution=15m")).hasSize(100);
  }

  @Test
  void monthsStartOnTheFirstInLocalTime() throws Exception {
    JsonNode months = points("from=2026-01-01&to=2027-01-01&resolution=1M");

    assertThat(months).hasSize(12);
    assertThat(months.get(0).get("start").asText()).isEqualTo("2026-01-01T00:00:00+01:00");
    assertThat(months.get(3).get("start").asText()).isEqualTo("2026-04-01T00:00:00+02:00");
  }

  @Test
  void fromIsMovedBackToTheStartOfItsInterval() throws Exception {
    JsonNode quarters = points(
        "from=2026-03-01T10:20&to=2026-03-01T11:00&resolution=15m");

    assertThat(quarters).hasSize(3);
    assertThat(quarters.get(0).get("start").asText()).isEqualTo("2026-03-01T10:15:00+01:00");
  }

  @Test
  void instantsWithOffsetOrZAreAccepted() throws Exception {
    assertThat(points("from=2026-03-01T00:00:00%2B01:00&to=2026-03-01T01:00:00Z")).hasSize(2);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "to=2026-03-02                                          | from | from is missing: give",
      "from=yesterday&to=2026-03-02                           | from | from 'yesterday' is not",
      "from=2026-03-01                                        | to   | to is missing: give",
      "from=2026-03-01&to=2026-13-01                          | to   | to '2026-13-01' is not",
      "from=2026-03-02&to=2026-03-01                          | to   | to must be later than from",
      "from=2026-03-01&to=2026-03-01                          | to   | to must be later than from",
      "from=2026-03-01&to=2026-03-02&resolution=2h            | resolution | resolution must be",
      "from=2026-03-01&to=2026-03-02&format=xml               | format | format must be json",
      "from=2020-01-01&to=2026-01-01&resolution=15m           | to   | from..to holds more than",
  })
  void aBadParameterIsA400NamingIt(String query, String parameter, String message)
      throws Exception {
    HttpResponse<String> response = server.http.get("/api/v1/history?" + query);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.get("parameter").asText()).isEqualTo(parameter);
    assertThat(error.get("error").asText()).startsWith(message);
  }

  @Test
  void anUnknownMeterIsA404() {
    HttpResponse<String> response =
        server.http.get("/api/v1/history?meter=attic&from=2026-03-01&to=2026-03-02");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("unknown meter 'attic'");
  }

  private JsonNode points(String query) throws Exception {
    HttpResponse<String> response = server.http.get("/api/v1/history?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("points");
  }
}
