package io.hanport.app.mqtt;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.HeadroomWarning;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live headroom on MQTT (issue 8): {@code <prefix>/<meter>/headroom} carries the current demand
 * window's JSON, {@code <prefix>/<meter>/headroom/warning} a warning once per window, and two Home
 * Assistant sensors (headroom and threshold, kW) join the meter's device. Discovery is sent again
 * with each new window, so a broker that lost its retained messages gets them within the hour.
 */
public final class HeadroomPublisher {

  private final MqttSink sink;
  private final MqttSettings settings;
  private final Topics topics;
  private final String version;
  private final Clock clock;
  private final ObjectMapper json =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private final Map<String, Instant> announcedWindow = new ConcurrentHashMap<>();
  private final Map<String, Long> lastPublishedMillis = new ConcurrentHashMap<>();

  public HeadroomPublisher(MqttSink sink, MqttSettings settings, String version, Clock clock) {
    this.sink = sink;
    this.settings = settings;
    this.topics = new Topics(settings.prefix(), settings.discoveryPrefix());
    this.version = version;
    this.clock = clock;
  }

  public void headroom(String meter, Headroom headroom) {
    if (!headroom.windowStart().equals(announcedWindow.get(meter)) && announce(meter)) {
      announcedWindow.put(meter, headroom.windowStart());
    }
    if (due(meter)) {
      Map<String, Object> state = new LinkedHashMap<>();
      state.put("window_start", headroom.windowStart().toString());
      state.put("window_end", headroom.windowEnd().toString());
      state.put("counted", headroom.counted());
      state.put("running_average_kw", kw(headroom.runningAverageKw()));
      state.put("projected_kw", kw(headroom.projectedKw()));
      state.put("entry_kw", headroom.entryKw().map(HeadroomPublisher::kw).orElse(null));
      state.put("threshold_kw", headroom.thresholdKw().map(HeadroomPublisher::kw).orElse(null));
      state.put("headroom_kw", headroom.headroomKw().map(HeadroomPublisher::kw).orElse(null));
      state.put("month_demand_kw", kw(headroom.monthPeaks().soFarKw()));
      sink.publishBeside(topic(meter), write(state), false);
    }
  }

  public void warning(String meter, HeadroomWarning warning) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("window_start", warning.windowStart().toString());
    payload.put("window_end", warning.windowEnd().toString());
    payload.put("projected_kw", kw(warning.projectedKw()));
    payload.put("threshold_kw", kw(warning.thresholdKw()));
    payload.put("headroom_kw", kw(warning.headroomKw()));
    payload.put("message", warning.message());
    sink.publishBeside(topics.field(meter, "headroom/warning"), write(payload), false);
  }

  /** Sends both sensors' discovery; false when the broker is away. */
  private boolean announce(String meter) {
    boolean sent = true;
    for (List<String> sensor : List.of(List.of("headroom_kw", "Peak headroom"),
        List.of("threshold_kw", "Peak threshold"))) {
      Map<String, Object> config = new LinkedHashMap<>();
      String object = Topics.nodeId(meter) + "_" + sensor.get(0);
      config.put("name", sensor.get(1));
      config.put("unique_id", object);
      config.put("default_entity_id", "sensor." + object); // object_id: ignored by HA since 2026.4
      config.put("state_topic", topic(meter));
      config.put("value_template", "{{ value_json." + sensor.get(0) + " }}");
      config.put("device_class", "power");
      config.put("state_class", "measurement");
      config.put("unit_of_measurement", "kW");
      config.put("availability_topic", topics.status());
      config.put("payload_available", Topics.ONLINE);
      config.put("payload_not_available", Topics.OFFLINE);
      config.put("device", Map.of("identifiers", List.of(Topics.nodeId(meter))));
      config.put("origin", Map.of("name", "hanport", "sw_version", version));
      String topic = topics.discovery(meter, sensor.get(0));
      sent = sent && sink.publishBeside(topic, write(config), true);
    }
    return sent;
  }

  private String topic(String meter) {
    return topics.field(meter, "headroom");
  }

  /** At most one update per {@code --mqtt-min-interval}, like the readings. */
  private boolean due(String meter) {
    long now = clock.millis();
    Optional<Long> last = Optional.ofNullable(lastPublishedMillis.get(meter));
    if (last.isPresent() && now - last.get() < settings.minInterval().toMillis()) {
      return false;
    }
    lastPublishedMillis.put(meter, now);
    return true;
  }

  private String write(Map<String, Object> payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("headroom payloads are plain maps and strings", e);
    }
  }

  private static BigDecimal kw(BigDecimal value) {
    BigDecimal rounded = value.setScale(3, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
  }
}
