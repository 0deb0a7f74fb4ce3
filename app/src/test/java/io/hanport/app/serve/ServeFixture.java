package io.hanport.app.serve;

import io.hanport.app.mqtt.MqttSettings;
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

/** {@code hanport serve} in-process as tests start it: free ports, a fast simulated meter. */
final class ServeFixture {

  static final Duration WAIT = Duration.ofSeconds(60);

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ServeFixture() {}

  /** A simulated meter 100 times faster than real time: a Swedish telegram every 0.1 s. */
  static SourceOptions fastSimulator(DecoderOptions decoder) {
    return SourceOptions.defaults(
        decoder,
        profile ->
            Simulator.open(
                Profile.byId(profile).orElseThrow(), new SimulatorOptions(1, Optional.empty(), 100)));
  }

  static ServeSettings settings(
      Path directory,
      String input,
      Optional<MqttSettings> mqtt,
      Optional<InetSocketAddress> rawServe,
      Optional<InetSocketAddress> homeWizard) {
    DecoderOptions decoder = DecoderOptions.defaults();
    return new ServeSettings(
        List.of(InputUri.parse(input)),
        decoder,
        fastSimulator(decoder),
        "sqlite:" + directory.resolve("hanport.db"),
        0,
        "127.0.0.1",
        new DashboardSettings(Optional.empty(), 20, decoder.zone()),
        mqtt,
        rawServe,
        homeWizard);
  }

  static String get(String url) throws Exception {
    HttpResponse<String> response =
        HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    return response.body();
  }

  /** Polls until the body satisfies {@code ready}; returns the last body either way. */
  static String awaitBody(String url, Predicate<String> ready) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String body = get(url);
    while (!ready.test(body) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      body = get(url);
    }
    return body;
  }
}
