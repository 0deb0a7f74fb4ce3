package io.hanport.app.cli;

import io.hanport.app.mqtt.MqttSettings;
import io.hanport.app.mqtt.TrustedCa;
import io.hanport.app.serve.HanportService;
import io.hanport.app.serve.ServeSettings;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.store.StoreException;
import io.hanport.app.web.WebCliOptions;
import io.hanport.codec.DecoderOptions;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hanport serve}: inputs, decoding, storage and the dashboard in one process, until stopped
 * (Ctrl-C or SIGTERM, which let every sink finish what it holds).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the meters, keeps their history and serves the dashboard and REST API.",
      "Every option also comes from $HANPORT_<OPTION> (e.g. HANPORT_HTTP_PORT) and from a config",
      "file (--config, or ./hanport.yaml when present): flag over environment over file."
    })
final class ServeCommand implements Callable<Integer> {

  @ParentCommand HanportCommand hanport;

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      split = ",",
      paramLabel = "URI",
      description = {
        "A meter's input, optionally named (home=serial:/dev/ttyUSB0); repeat for more meters.",
        "serial:PORT, tcp://host:port, mqtt://host[:port]/topic, file:PATH, sim:PROFILE."
      })
  List<String> inputs;

  @Mixin DecoderFlags decoder = new DecoderFlags();

  @Option(
      names = "--db",
      paramLabel = "DB",
      defaultValue = "sqlite:./data/hanport.db",
      description = "History: sqlite:PATH or postgresql://user:pass@host:5432/name (default: ${DEFAULT-VALUE}).")
  String database;

  @Mixin WebCliOptions web = new WebCliOptions();

  @Mixin TariffOptions tariff = new TariffOptions();

  @Option(
      names = "--mqtt",
      paramLabel = "URI",
      description = "Publish readings and Home Assistant discovery: mqtt://[user:pass@]host:1883 or mqtts://.")
  String mqtt;

  @Option(names = "--mqtt-prefix", defaultValue = "hanport", description = "Topic prefix (default: ${DEFAULT-VALUE}).")
  String mqttPrefix;

  @Option(
      names = "--mqtt-discovery-prefix",
      defaultValue = "homeassistant",
      description = "Home Assistant's MQTT discovery prefix (default: ${DEFAULT-VALUE}).")
  String mqttDiscoveryPrefix;

  @Option(
      names = "--mqtt-ca",
      paramLabel = "FILE",
      description = "For mqtts://: the PEM file of the CA that signed the broker's certificate.")
  Path mqttCa;

  @Option(
      names = "--mqtt-queue",
      paramLabel = "READINGS",
      defaultValue = "3600",
      description = "Readings kept while the broker is away, oldest dropped first (default: ${DEFAULT-VALUE}).")
  int mqttQueue;

  @Option(names = "--mqtt-field-topics", description = "Also publish each field on <prefix>/<meter>/<field>.")
  boolean mqttFieldTopics;

  @Option(names = "--mqtt-raw", description = "Also publish each raw frame in hex on <prefix>/<meter>/raw.")
  boolean mqttRaw;

  @Option(
      names = "--mqtt-min-interval",
      paramLabel = "SECONDS",
      defaultValue = "0",
      description = "Publish a topic at most every this many seconds (default: every reading).")
  long mqttMinIntervalSeconds;

  @Option(
      names = "--serve-raw",
      paramLabel = "tcp:PORT",
      description = "Pass the input's bytes, exactly as read, on to any number of TCP clients.")
  String serveRaw;

  @Option(
      names = "--homewizard-api",
      paramLabel = "[ADDRESS:]PORT",
      description = "Answer HomeWizard's P1 local API (v1) on this port, for tools that speak it.")
  String homeWizardApi;

  @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: ./hanport.yaml if present).")
  String config;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServeSettings settings = settings(inputs(), database);
    return run(hanport.terminal(), settings);
  }

  /** Starts the service, says where the dashboard is, and waits to be stopped. */
  static int run(Terminal terminal, ServeSettings settings) throws IOException, InterruptedException {
    HanportService service;
    try {
      service = HanportService.start(settings, HanportCommand.version());
    } catch (StoreException | BindException unusable) {
      terminal.err().println("hanport: " + unusable.getMessage());
      return Cli.EXIT_IO;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      stopped.countDown();
    }, "hanport-shutdown"));
    terminal.out().println("hanport is running: " + ListenUrls.describe(settings.httpBind(), service.httpPort())
        + settings.dashboard().auth().map(auth -> " (" + auth.howToOpen() + ")").orElse(""));
    terminal.out().flush();
    stopped.await();
    return Cli.EXIT_OK;
  }

  List<InputUri> inputs() {
    List<InputUri> uris = new ArrayList<>();
    for (String input : inputs) {
      uris.add(InputOptions.parse(spec, input));
    }
    return uris;
  }

  ServeSettings settings(List<InputUri> uris, String db) {
    if (serveRaw != null && uris.size() > 1) {
      // Two meters' bytes interleaved in one stream would be unreadable for the other reader.
      throw new ParameterException(
          spec.commandLine(), "--serve-raw passes on one meter's bytes: use it with a single --input");
    }
    DecoderOptions decoderOptions = decoder.decoderOptions(spec);
    return new ServeSettings(
        uris,
        decoderOptions,
        SourceOptions.defaults(decoderOptions, InputOptions.SIMULATOR),
        db,
        web.port(),
        web.bind(),
        web.settings(decoderOptions.zone()),
        mqttSettings(),
        address("--serve-raw", serveRaw),
        address("--homewizard-api", homeWizardApi))
        .withTariff(tariff.settings(spec));
  }

  private Optional<MqttSettings> mqttSettings() {
    if (mqtt == null) {
      return Optional.empty();
    }
    if (mqttQueue < 1 || mqttMinIntervalSeconds < 0) {
      throw new ParameterException(
          spec.commandLine(), "--mqtt-queue must be 1 or more and --mqtt-min-interval 0 or more");
    }
    try {
      MqttSettings settings =
          MqttSettings.parse(mqtt)
              .withPrefix(mqttPrefix)
              .withDiscoveryPrefix(mqttDiscoveryPrefix)
              .withQueueCapacity(mqttQueue)
              .withFieldTopics(mqttFieldTopics)
              .withRawTopic(mqttRaw)
              .withMinInterval(Duration.ofSeconds(mqttMinIntervalSeconds));
      return Optional.of(mqttCa == null ? settings : settings.withTrustedCa(checkedCa(mqttCa)));
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), "--mqtt: " + invalid.getMessage());
    }
  }

  /** Reads the CA file now, so that a wrong one is a usage error at start, not a log line later. */
  private Path checkedCa(Path file) {
    try {
      TrustedCa.load(file);
      return file;
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), "--mqtt-ca: " + invalid.getMessage());
    }
  }

  /** {@code tcp:PORT}, {@code PORT} or {@code ADDRESS:PORT}; all interfaces unless an address is given. */
  private Optional<InetSocketAddress> address(String option, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.startsWith("tcp:") ? text.substring(4) : text;
    int colon = value.lastIndexOf(':');
    try {
      int port = Integer.parseInt(value.substring(colon + 1));
      return Optional.of(
          colon < 0 ? new InetSocketAddress(port) : new InetSocketAddress(value.substring(0, colon), port));
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), option + " '" + text + "': write a port, e.g. tcp:2323");
    }
  }
}
