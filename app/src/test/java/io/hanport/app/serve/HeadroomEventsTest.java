package io.hanport.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import io.hanport.app.mqtt.HeadroomPublisher;
import io.hanport.app.mqtt.MqttSettings;
import io.hanport.app.mqtt.MqttSink;
import io.hanport.app.mqtt.Subscriber;
import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.tariff.EnergyInterval;
import io.hanport.app.tariff.EnergySeries;
import io.hanport.app.tariff.RulesReader;
import io.hanport.app.tariff.TariffRules;
import io.hanport.app.testing.Services;
import io.hanport.app.web.DashboardBackend;
import io.hanport.app.web.DashboardSettings;
import io.hanport.app.web.HistoryPoint;
import io.hanport.app.web.LiveFeed;
import io.hanport.app.web.Resolution;
import io.hanport.app.web.StatusSnapshot;
import io.hanport.app.web.WebServer;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.ReadingMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A meter drawing 5 kW for two hours against a month whose single counted peak is 4 kW: the
 * projection passes 90 % of the 4 kW threshold at once in each hour, and the warning goes out
 * exactly once per hour, on the live stream and on MQTT; an hour at 1 kW warns not at all.
 */
class HeadroomEventsTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  /** The last reading's window, 14:00 local: its headroom comes after every earlier event. */
  private static final String LAST_WINDOW = "2026-01-10T13:00:00Z";

  private static final String RULES = """
      name: Test grid
      currency: SEK
      time_zone: Europe/Stockholm
      vat: 0.25
      prices_include_vat: false
      peak:
        measure_minutes: 60
        top_n: 1
        distinct_days: false
        price_per_kw: 50
      """;

  @Test
  void theWarningReachesTheLiveStreamOncePerHour() throws Exception {
    LiveFeed feed = new LiveFeed();
    WebServer web = new WebServer(new OneMeter(), feed,
        new DashboardSettings(Optional.empty(), 20, STOCKHOLM));
    web.start(0, "127.0.0.1");
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    CompletableFuture<HttpResponse<Stream<String>>> stream = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/api/v1/stream"))
            .build(), HttpResponse.BodyHandlers.ofLines());
    stream.thenAccept(response -> CompletableFuture.runAsync(() -> response.body()
        .forEach(lines::add)));
    try {
      awaitLine(lines, line -> line.startsWith("retry:"));
      HeadroomService service = service(HeadroomListeners.of(feed::headroom,
          feed::headroomWarning));

      twoHoursAtFiveKwThenOneAtOne(service);

      List<String> seen = awaitLine(lines, line -> line.startsWith("data: ")
          && line.contains("\"window_start\":\"" + LAST_WINDOW + "\""));
      List<String> warnings = dataAfter(seen, "event: headroom-warning");
      assertThat(warnings).hasSize(2);
      assertThat(warnings.get(0)).contains("\"window_start\":\"2026-01-10T11:00:00Z\"",
          "\"threshold_kw\":4");
      assertThat(warnings.get(1)).contains("\"window_start\":\"2026-01-10T12:00:00Z\"");
      assertThat(dataAfter(seen, "event: headroom")).isNotEmpty();
    } finally {
      stream.thenAccept(response -> response.body().close());
      web.close();
    }
  }

  @Test
  void theWarningReachesMqttOncePerHourBesideHomeAssistantSensors() throws Exception {
    Services.assumeReachable("127.0.0.1", 1883, "Mosquitto");
    String prefix = "hanport-test-" + UUID.randomUUID().toString().substring(0, 8);
    // A discovery prefix of its own: the machine's broker may serve a real Home Assistant.
    String discovery = prefix + "-homeassistant";
    MqttSettings settings =
        MqttSettings.parse("mqtt://127.0.0.1:1883").withPrefix(prefix).withDiscoveryPrefix(discovery);
    List<String[]> received = new CopyOnWriteArrayList<>();
    Mqtt3BlockingClient subscriber = MqttClient.builder().useMqttVersion3()
        .serverHost("127.0.0.1").serverPort(1883).buildBlocking();
    subscriber.connect();
    subscriber.toAsync().subscribeWith().topicFilter(prefix + "/#").qos(MqttQos.AT_LEAST_ONCE)
        .callback(message -> received.add(new String[] {message.getTopic().toString(),
            new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8)}))
        .send().join();
    subscriber.toAsync().subscribeWith().topicFilter(discovery + "/sensor/hanport_home/+/config")
        .qos(MqttQos.AT_LEAST_ONCE)
        .callback(message -> received.add(new String[] {message.getTopic().toString(),
            new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8)}))
        .send().join();
    MqttSink sink = new MqttSink(settings, "test", Clock.systemUTC());
    sink.start();
    try {
      await(sink::connected);
      HeadroomPublisher publisher = new HeadroomPublisher(sink, settings, "test",
          Clock.systemUTC());
      HeadroomService service = service(HeadroomListeners.of(publisher::headroom,
          publisher::warning));

      twoHoursAtFiveKwThenOneAtOne(service);

      await(() -> received.stream().anyMatch(m -> m[0].equals(prefix + "/home/headroom")
          && m[1].contains("\"window_start\":\"" + LAST_WINDOW + "\"")));
      List<String> warnings = received.stream()
          .filter(m -> m[0].equals(prefix + "/home/headroom/warning")).map(m -> m[1]).toList();
      assertThat(warnings).hasSize(2);
      assertThat(warnings.get(0)).contains("\"threshold_kw\":4", "Peak warning");
      assertThat(received.stream().map(m -> m[0])).contains(
          discovery + "/sensor/hanport_home/headroom_kw/config",
          discovery + "/sensor/hanport_home/threshold_kw/config");
    } finally {
      sink.close();
      subscriber.disconnect();
      Subscriber.clearRetainedUnder(1883, prefix);
      Subscriber.clearRetainedUnder(1883, discovery);
    }
  }

  /** A month with one counted hour so far: 4 kWh on 5 January, 17:00–18:00. */
  private static HeadroomService service(HeadroomService.Listener listener) throws Exception {
    TariffRules rules = RulesReader.read("test.yaml", RULES);
    Instant peak = LocalDateTime.parse("2026-01-05T17:00").atZone(STOCKHOLM).toInstant();
    EnergySeries history = EnergySeries.of(List.of(new EnergyInterval(peak,
        peak.plus(Duration.ofHours(1)), new BigDecimal("4"), BigDecimal.ZERO)));
    return new HeadroomService(rules, (meter, from, to) -> history.between(from, to), STOCKHOLM,
        List.of(listener));
  }

  /** Readings every five minutes, 12:00–13:55 at 5 kW, then 14:00 at 1 kW. */
  private static void twoHoursAtFiveKwThenOneAtOne(HeadroomService service) {
    LocalDateTime time = LocalDateTime.parse("2026-01-10T12:00");
    BigDecimal register = new BigDecimal("1000");
    for (int step = 0; step < 24; step++) {
      service.accept(reading(time, "5000", register));
      time = time.plusMinutes(5);
      register = register.add(new BigDecimal("0.41667"));
    }
    service.accept(reading(time, "1000", register));
  }

  private static MeterReading reading(LocalDateTime meterTime, String powerW, BigDecimal kwh) {
    Telegram telegram = Telegram.dlms(List.of(
        CosemObject.of(ObisCode.parse("1-0:1.7.0.255"), CosemValue.Quantity.of(powerW, "W")),
        CosemObject.of(ObisCode.parse("1-0:1.8.0.255"),
            CosemValue.Quantity.of(kwh.toPlainString(), "kWh"))),
        Optional.of(meterTime.toString() + ":00"));
    return new MeterReading("home", "test", meterTime.atZone(STOCKHOLM).toInstant(),
        new ReadingMapper(STOCKHOLM).map(telegram), new byte[0]);
  }

  private static List<String> dataAfter(List<String> lines, String event) {
    List<String> data = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).equals(event)) {
        data.add(lines.get(i + 1));
      }
    }
    return data;
  }

  /** Every line up to and including the first that matches. */
  private static List<String> awaitLine(BlockingQueue<String> lines, Predicate<String> last)
      throws InterruptedException {
    List<String> seen = new java.util.ArrayList<>();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        break;
      }
      seen.add(line);
      if (last.test(line)) {
        return seen;
      }
    }
    throw new AssertionError("no such line within " + WAIT + "; saw " + seen);
  }

  private static void await(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(condition.getAsBoolean()).as("within " + WAIT).isTrue();
  }

  /** A backend that knows one meter and nothing else: the stream is all this test reads. */
  private static final class OneMeter implements DashboardBackend {
    @Override
    public List<String> meters() {
      return List.of("home");
    }

    @Override
    public Optional<MeterReading> latest(String meter) {
      return Optional.empty();
    }

    @Override
    public List<HistoryPoint> history(String meter, Instant from, Instant to, Resolution res) {
      return List.of();
    }

    @Override
    public StatusSnapshot status() {
      return new StatusSnapshot(List.of(), OptionalLong.empty());
    }
  }
}
