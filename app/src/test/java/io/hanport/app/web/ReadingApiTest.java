package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hanport.app.pipeline.MeterReading;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reading, meters, telegram and power endpoints, in-process on a random port. */
class ReadingApiTest {

  private static final Instant RECEIVED = Instant.parse("2026-03-01T12:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MeterReading swedish = WebReadings.swedish("main", RECEIVED);
  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  private TestServer start(FakeBackend backend) {
    server = new TestServer(backend, Optional.empty());
    return server;
  }

  @Test
  void readingIsTheContractWithMeterReceivedAndSource() {
    start(new FakeBackend().withReading(swedish));
    String contract =
        new String(WebReadings.resource("expected/p1_se_ell5_hanporten_7945.json"),
            StandardCharsets.UTF_8).strip();

    HttpResponse<String> response = server.http.get("/api/v1/reading");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(response)).isEqualTo("application/json;charset=utf-8");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.body())
        .isEqualTo("{\"meter\":\"main\",\"received\":\"2026-03-01T12:00:00Z\",\"source\":\"test\","
            + contract.substring(1));
  }

  @Test
  void readingOfANamedMeterIsThatMetersReading() throws Exception {
    start(new FakeBackend().withReading(swedish)
        .withReading(WebReadings.swedish("garage", RECEIVED.plusSeconds(10))));

    JsonNode garage = JSON.readTree(server.http.get("/api/v1/reading?meter=garage").body());

    assertThat(garage.get("meter").asText()).isEqualTo("garage");
    assertThat(garage.get("received").asText()).isEqualTo("2026-03-01T12:00:10Z");
  }

  @Test
  void readingOfAnUnknownMeterIsA404WithJson() {
    start(new FakeBackend().withReading(swedish));

    HttpResponse<String> response = server.http.get("/api/v1/reading?meter=attic");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .isEqualTo("{\"error\":\"unknown meter 'attic'; GET /api/v1/meters lists them\","
            + "\"parameter\":\"meter\"}");
  }

  @Test
  void readingBeforeAnyMeterIsA404WithJson() {
    start(new FakeBackend());

    HttpResponse<String> response = server.http.get("/api/v1/reading");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"error\":\"no meter has sent a reading yet\"}");
  }

  @Test
  void readingOfAKnownMeterWithoutReadingIsA404() {
    start(new FakeBackend().withMeter("main"));

    HttpResponse<String> response = server.http.get("/api/v1/reading?meter=main");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"error\":\"meter 'main' has sent no reading yet\"}");
  }

  @Test
  void metersListsEveryMeterWithItsLatestReceived() {
    start(new FakeBackend().withReading(swedish).withMeter("garage"));

    HttpResponse<String> response = server.http.get("/api/v1/meters");

    assertThat(response.body()).isEqualTo("{\"meters\":[{\"meter\":\"main\","
        + "\"received\":\"2026-03-01T12:00:00Z\"},{\"meter\":\"garage\"}]}");
  }

  @Test
  void telegramIsTheRawFrameAsHexAndAsText() throws Exception {
    start(new FakeBackend().withReading(swedish));
    byte[] capture = WebReadings.resource(WebReadings.SWEDISH_CAPTURE);

    JsonNode telegram = JSON.readTree(server.http.get("/api/v1/telegram").body());

    assertThat(telegram.get("meter").asText()).isEqualTo("main");
    assertThat(telegram.get("protocol").asText()).isEqualTo("dsmr");
    assertThat(telegram.get("encrypted").asBoolean()).isFalse();
    assertThat(telegram.get("length").asInt()).isEqualTo(swedish.frame().length);
    assertThat(HexFormat.of().parseHex(telegram.get("hex").asText())).isEqualTo(swedish.frame());
    assertThat(telegram.get("text").asText())
        .startsWith("/ELL5\\253833635_A\r\n\r\n0-0:1.0.0(210217184019W)\r\n")
        .isEqualTo(new String(capture, StandardCharsets.US_ASCII).substring(0,
            swedish.frame().length));
  }

  @Test
  void telegramOfABinaryFrameHasHexButNoText() throws Exception {
    MeterReading binary = new MeterReading("main", "test", RECEIVED, swedish.reading(),
        new byte[] {0x7E, (byte) 0xA0, 0x2A, 0x41});
    start(new FakeBackend().withReading(binary));

    JsonNode telegram = JSON.readTree(server.http.get("/api/v1/telegram").body());

    assertThat(telegram.get("hex").asText()).isEqualTo("7EA02A41");
    assertThat(telegram.has("text")).isFalse();
  }

  @Test
  void powerIsTheLastHourFromTheFeedAsColumns() {
    start(new FakeBackend().withReading(swedish));
    Instant now = Instant.now();
    server.feed.accept(WebReadings.swedish("main", now.minusSeconds(3700)));
    server.feed.accept(WebReadings.swedish("main", now.minusSeconds(10)));

    HttpResponse<String> response = server.http.get("/api/v1/power?meter=main");

    double seconds = now.minusSeconds(10).toEpochMilli() / 1000.0;
    assertThat(response.body()).isEqualTo("{\"meter\":\"main\",\"time\":[" + seconds
        + "],\"import_w\":[1727.0],\"export_w\":[0.0]}");
  }
}
