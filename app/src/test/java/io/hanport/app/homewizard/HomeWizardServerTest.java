package io.hanport.app.homewizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.obis.Telegram;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three endpoints over HTTP, as a HomeWizard client calls them (docs/v1 of its API). */
class HomeWizardServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void endpointsAnswerAsTheDeviceDoes() throws Exception {
    byte[] telegram;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("captures/p1_dsmr_parser_v5.txt")) {
      telegram = in.readAllBytes();
    }
    Reading reading = new ReadingMapper(DecoderOptions.DEFAULT_ZONE).map(Telegram.dsmr("ISk5\\2MT382-1000", List.of()));
    MeterReading latest = new MeterReading("home", "home", Instant.EPOCH, reading, telegram);
    try (HomeWizardServer server =
        new HomeWizardServer(new InetSocketAddress("127.0.0.1", 0), new HomeWizardApi("0.1.0"), () -> Optional.of(latest))) {
      String base = "http://127.0.0.1:" + server.port();

      HttpResponse<String> device = get(base + "/api");
      assertThat(device.headers().firstValue("Content-Type")).contains("application/json");
      assertThat(device.body()).contains("\"product_type\":\"HWE-P1\"", "\"api_version\":\"v1\"");
      assertThat(get(base + "/api/v1/data").body()).contains("\"meter_model\":\"ISk5\\\\2MT382-1000\"");
      HttpResponse<byte[]> raw =
          http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/telegram")).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(raw.headers().firstValue("Content-Type")).contains("text/plain");
      assertThat(raw.body()).isEqualTo(telegram);
      assertThat(get(base + "/api/v1/nothing").statusCode()).isEqualTo(404);
      HttpResponse<String> put =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/data")).PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).isEqualTo(405);
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
