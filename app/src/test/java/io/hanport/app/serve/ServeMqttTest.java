package io.hanport.app.serve;

import static io.hanport.app.serve.ServeFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hanport.app.metrics.ExpositionParser;
import io.hanport.app.mqtt.MqttSettings;
import io.hanport.app.mqtt.Subscriber;
import io.hanport.app.mqtt.Subscriber.Message;
import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.testing.Services;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hanport serve --mqtt} end to end, as Home Assistant sees it: a simulated Swedish meter,
 * the whole service in-process, and the machine's own Mosquitto on 127.0.0.1:1883, watched by a
 * HiveMQ client (issue 7). Each run uses topic prefixes of its own and removes its retained
 * messages afterwards.
 */
class ServeMqttTest {

  private static final int BROKER = 1883;
  /** Decimals exactly as written: 229.0 stays 229.0 (READING.md: numbers exactly as sent). */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  @TempDir Path directory;

  private String prefix;
  private String discoveryPrefix;

  @BeforeEach
  void prefixes() {
    Services.assumeReachable("127.0.0.1", BROKER, "Mosquitto");
    prefix = "hanport-test-" + UUID.randomUUID().toString().substring(0, 8);
    discoveryPrefix = prefix + "-homeassistant";
  }

  @AfterEach
  void leaveTheBrokerClean() throws Exception {
    Subscriber.clearRetainedUnder(BROKER, prefix);
    Subscriber.clearRetainedUnder(BROKER, discoveryPrefix);
  }

  @Test
  void homeAssistantGetsDiscoveryStatesFieldsRawAndAvailability() throws Exception {
    MqttSettings mqtt = settings().withFieldTopics(true).withRawTopic(true);
    try (Subscriber live = new Subscriber(BROKER, prefix + "/#")) {
      try (HanportService service = HanportService.start(serve(mqtt), "test")) {
        List<Message> raws = live.await(topic("home/raw"), 3, WAIT);
        assertThat(raws).hasSize(3);
        List<Message> states = live.await(topic("home/state"), 3, WAIT);

        for (int i = 0; i < 3; i++) {
          assertStateIsTheContractJsonOfTheRawFrame(states.get(i).payload(), raws.get(i).payload());
        }
        assertFieldTopicsCarryTheStatesValues(live, JSON.readTree(states.get(0).payload()));
        assertDiscoveryIsRetainedForEveryFieldSent(JSON.readTree(states.get(0).payload()));
        assertThat(retained(prefix + "/status")).isEqualTo("online");
        String metrics = ServeFixture.get("http://127.0.0.1:" + service.httpPort() + "/metrics");
        assertThat(sample(metrics, "hanport_mqtt_connected")).isEqualTo(1);
        assertThat(sample(metrics, "hanport_mqtt_dropped_total")).isZero();
      }
      assertThat(live.await(topic("status"), 2, WAIT))
          .extracting(Message::payload)
          .containsExactly("online", "offline");
      assertThat(retained(prefix + "/status")).as("retained after a clean stop").isEqualTo("offline");
    }
  }

  @Test
  void rateLimitPublishesEachTopicOncePerInterval() throws Exception {
    MqttSettings mqtt =
        settings().withFieldTopics(true).withRawTopic(true).withMinInterval(Duration.ofHours(1));
    try (Subscriber live = new Subscriber(BROKER, prefix + "/home/#");
        HanportService service = HanportService.start(serve(mqtt), "test")) {
      String metrics = "http://127.0.0.1:" + service.httpPort() + "/metrics";
      // The publisher's own count: five readings handled, so five states would have gone out.
      ServeFixture.awaitBody(metrics, body -> sample(body, "hanport_mqtt_readings_total") >= 5);
      assertThat(sample(ServeFixture.get(metrics), "hanport_mqtt_readings_total")).isGreaterThanOrEqualTo(5);
      live.await(topic("home/raw"), 1, WAIT);

      assertThat(live.await(topic("home/state"), 1, WAIT)).hasSize(1);
      assertThat(live.await(topic("home/raw"), 1, WAIT)).hasSize(1);
      assertThat(live.await(topic("home/power_import_w"), 1, WAIT)).hasSize(1);
    }
  }

  private MqttSettings settings() {
    return MqttSettings.parse("mqtt://127.0.0.1:" + BROKER)
        .withPrefix(prefix)
        .withDiscoveryPrefix(discoveryPrefix);
  }

  private ServeSettings serve(MqttSettings mqtt) {
    return ServeFixture.settings(
        directory, "home=sim:se-p1", Optional.of(mqtt), Optional.empty(), Optional.empty());
  }

  private java.util.function.Predicate<Message> topic(String suffix) {
    return message -> message.topic().equals(prefix + "/" + suffix);
  }

  /** The state is READING.md's JSON of the very frame the raw topic carries, plus received/source. */
  private static void assertStateIsTheContractJsonOfTheRawFrame(String state, String rawHex)
      throws Exception {
    byte[] frame = HexFormat.of().parseHex(rawHex);
    JsonNode stateJson = JSON.readTree(state);
    assertThat(stateJson.get("source").asText()).isEqualTo("home");
    MeterReading expected =
        new MeterReading(
            "home", "home", Instant.parse(stateJson.get("received").asText()), decode(frame), frame);
    assertThat(state).isEqualTo(expected.toJson());
  }

  /** Each field on {@code <prefix>/<meter>/<field>}, as plain text. */
  private void assertFieldTopicsCarryTheStatesValues(Subscriber live, JsonNode state) throws Exception {
    List<String> fields = new ArrayList<>();
    state.fieldNames().forEachRemaining(fields::add);
    fields.removeAll(List.of("received", "source", "obis", "mbus"));
    assertThat(fields).contains("energy_import_kwh", "power_import_w", "voltage_l1_v");
    for (String field : fields) {
      JsonNode value = state.get(field);
      String expected = value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
      assertThat(live.await(topic("home/" + field), 1, WAIT))
          .as("first message on the %s topic", field)
          .first()
          .extracting(Message::payload)
          .isEqualTo(expected);
    }
  }

  /**
   * One retained config per numeric field the meter sends, each checked against Home Assistant's
   * MQTT sensor schema: the classes and units its Energy dashboard needs, one device, availability.
   */
  private void assertDiscoveryIsRetainedForEveryFieldSent(JsonNode state) throws Exception {
    Set<String> numericFields = new LinkedHashSet<>();
    state.properties().forEach(f -> {
      if (f.getValue().isNumber()) {
        numericFields.add(f.getKey());
      }
    });
    try (Subscriber discovery = new Subscriber(BROKER, discoveryPrefix + "/#")) {
      List<Message> configs = discovery.await(m -> true, numericFields.size(), WAIT);
      Set<String> objects = new LinkedHashSet<>();
      for (Message message : configs) {
        assertThat(message.retained()).as(message.topic()).isTrue();
        assertThat(message.topic()).matches(discoveryPrefix + "/sensor/hanport_home/[a-z0-9_]+/config");
        String object = message.topic().split("/")[3];
        objects.add(object);
        assertSensorConfig(object, JSON.readTree(message.payload()));
      }
      assertThat(objects).containsExactlyInAnyOrderElementsOf(numericFields);
    }
  }

  private void assertSensorConfig(String field, JsonNode config) {
    assertThat(config.get("state_topic").asText()).isEqualTo(prefix + "/home/state");
    assertThat(config.get("value_template").asText()).isEqualTo("{{ value_json." + field + " }}");
    assertThat(config.get("unique_id").asText()).isEqualTo("hanport_home_" + field);
    assertThat(config.get("default_entity_id").asText()).isEqualTo("sensor.hanport_home_" + field);
    assertThat(config.get("availability_topic").asText()).isEqualTo(prefix + "/status");
    assertThat(config.get("payload_available").asText()).isEqualTo("online");
    assertThat(config.get("payload_not_available").asText()).isEqualTo("offline");
    assertThat(config.at("/device/identifiers/0").asText()).isEqualTo("hanport_home");
    String[] expected = HomeAssistantClasses.forField(field);
    assertThat(config.get("device_class").asText()).as(field).isEqualTo(expected[0]);
    assertThat(config.get("state_class").asText()).as(field).isEqualTo(expected[1]);
    assertThat(config.get("unit_of_measurement").asText()).as(field).isEqualTo(expected[2]);
  }

  private String retained(String topic) throws Exception {
    try (Subscriber fresh = new Subscriber(BROKER, topic)) {
      List<Message> messages = fresh.await(m -> true, 1, WAIT);
      assertThat(messages).as("retained message on %s", topic).isNotEmpty();
      assertThat(messages.get(0).retained()).isTrue();
      return messages.get(0).payload();
    }
  }

  private static double sample(String metrics, String name) {
    return ExpositionParser.parse(metrics).stream()
        .filter(sample -> sample.name().equals(name))
        .mapToDouble(ExpositionParser.Sample::value)
        .findFirst()
        .orElse(-1);
  }

  private static Reading decode(byte[] frame) {
    List<Reading> readings = new ArrayList<>();
    MeterDecoder decoder =
        new MeterDecoder(
            DecoderOptions.defaults(),
            new MeterDecoder.Listener() {
              @Override
              public void decoded(Reading reading, Frame decoded) {
                readings.add(reading);
              }

              @Override
              public void rejected(Rejection rejection) {
                throw new AssertionError("raw topic frame rejected: " + rejection);
              }
            });
    decoder.feed(frame);
    decoder.finish();
    assertThat(readings).hasSize(1);
    return readings.get(0);
  }
}
