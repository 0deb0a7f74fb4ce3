package io.hanport.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.sim.Profile;
import io.hanport.app.sim.Simulator;
import io.hanport.app.sim.SimulatorOptions;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.web.DashboardSettings;
import io.hanport.codec.DecoderOptions;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole instance in-process: a fast simulated meter through to the store, REST, metrics. */
class HanportServiceTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path directory;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void simulatedMeterReachesTheApiTheMetricsAndTheHomeWizardApi() throws Exception {
    DecoderOptions decoder = DecoderOptions.defaults();
    SourceOptions sources =
        SourceOptions.defaults(
            decoder,
            profile -> Simulator.open(Profile.byId(profile).orElseThrow(), new SimulatorOptions(1, Optional.empty(), 100)));
    ServeSettings settings =
        new ServeSettings(
            List.of(InputUri.parse("home=sim:se-p1")),
            decoder,
            sources,
            "sqlite:" + directory.resolve("hanport.db"),
            0,
            "127.0.0.1",
            new DashboardSettings(Optional.empty(), 20, decoder.zone()),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new InetSocketAddress("127.0.0.1", 0)));

    try (HanportService service = HanportService.start(settings, "test")) {
      String base = "http://127.0.0.1:" + service.httpPort();

      assertThat(awaitBody(base + "/api/v1/reading?meter=home", body -> body.contains("energy_import_kwh")))
          .contains("\"meter\":\"home\"");
      assertThat(get(base + "/metrics"))
          .contains("hanport_power_import_w{meter=\"home\"}")
          .contains("hanport_frames_total{input=\"home\"}");
      assertThat(get(base + "/api/v1/status")).contains("CONNECTED");
      assertThat(get("http://127.0.0.1:" + service.homeWizardPort() + "/api/v1/data"))
          .contains("\"total_power_import_kwh\"");
    }
  }

  private String awaitBody(String url, Predicate<String> ready) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = get(url);
      if (ready.test(body)) {
        return body;
      }
      Thread.sleep(100);
    }
    return body;
  }

  private String get(String url) throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
