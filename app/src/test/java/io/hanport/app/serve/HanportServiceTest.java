package io.hanport.app.serve;

import static io.hanport.app.serve.ServeFixture.awaitBody;
import static io.hanport.app.serve.ServeFixture.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hanport.app.metrics.ExpositionParser;
import io.hanport.app.metrics.ExpositionParser.Sample;
import io.hanport.codec.wire.Reason;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole instance in-process: a fast simulated meter through to the store, REST, metrics. */
class HanportServiceTest {

  /** Samples labelled by meter that describe hanport's reading, not one of its fields. */
  private static final Set<String> NOT_FIELDS =
      Set.of("hanport_reading_received_timestamp_seconds", "hanport_mbus_value_total");

  @TempDir Path directory;

  @Test
  void simulatedMeterReachesTheApiTheMetricsAndTheHomeWizardApi() throws Exception {
    ServeSettings settings =
        ServeFixture.settings(
            directory, "home=sim:se-p1", Optional.empty(), Optional.empty(),
            Optional.of(new InetSocketAddress("127.0.0.1", 0)));

    try (HanportService service = HanportService.start(settings, "test")) {
      String base = "http://127.0.0.1:" + service.httpPort();

      assertThat(awaitBody(base + "/api/v1/reading?meter=home", body -> body.contains("energy_import_kwh")))
          .contains("\"meter\":\"home\"");
      assertThat(get(base + "/api/v1/status")).contains("CONNECTED");
      assertThat(get("http://127.0.0.1:" + service.homeWizardPort() + "/api/v1/data"))
          .contains("\"total_power_import_kwh\"");
    }
  }

  @Test
  void metricsParseAndCoverEveryFieldSentAndHanportsHealth() throws Exception {
    ServeSettings settings =
        ServeFixture.settings(directory, "home=sim:se-p1", Optional.empty(), Optional.empty(), Optional.empty());
    try (HanportService service = HanportService.start(settings, "test")) {
      String base = "http://127.0.0.1:" + service.httpPort();
      // The store appends every 10 s: wait for one, so that its latency has been measured.
      String text = awaitBody(base + "/metrics", body -> value(parse(body), "hanport_store_appends_total") >= 1);
      List<Sample> samples = parse(text);
      JsonNode reading =
          new ObjectMapper().readTree(awaitBody(base + "/api/v1/reading?meter=home", body -> body.contains("{")));

      assertThat(fieldMetrics(samples)).containsExactlyInAnyOrderElementsOf(expectedFieldMetrics(reading));
      assertThat(typeOf(samples, "hanport_energy_import_kwh_total")).isEqualTo("counter");
      assertThat(typeOf(samples, "hanport_power_import_w")).isEqualTo("gauge");
      assertThat(value(samples, "hanport_frames_total")).isGreaterThanOrEqualTo(1);
      assertThat(samples.stream().filter(s -> s.name().equals("hanport_rejections_total")))
          .extracting(s -> s.labels().get("reason"))
          .containsExactlyInAnyOrderElementsOf(Arrays.stream(Reason.values()).map(Reason::name).toList());
      assertThat(samples.stream().filter(s -> s.name().equals("hanport_sink_queue_depth")))
          .extracting(s -> s.labels().get("sink"))
          .contains("store", "live", "metrics");
      assertThat(value(samples, "hanport_store_last_append_seconds")).isPositive();
      assertThat(names(samples))
          .contains(
              "hanport_reconnects_total", "hanport_input_connected", "hanport_store_append_seconds_total",
              "hanport_store_pending_readings", "hanport_store_dropped_total", "jvm_memory_heap_used_bytes",
              "jvm_gc_collections_total", "process_uptime_seconds")
          .doesNotContain("hanport_mqtt_queue_depth");
    }
  }

  /** READING.md fields as metrics: numbers by name (registers with _total), text as _info. */
  private static Set<String> expectedFieldMetrics(JsonNode reading) {
    Set<String> counters =
        Set.of("energy_import_kwh", "energy_export_kwh", "reactive_energy_import_kvarh",
            "reactive_energy_export_kvarh", "energy_import_t1_kwh", "energy_import_t2_kwh",
            "energy_export_t1_kwh", "energy_export_t2_kwh", "power_failures", "long_power_failures");
    Set<String> expected = new java.util.TreeSet<>();
    reading.properties().forEach(field -> {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (name.equals("meter_time")) {
        expected.add("hanport_meter_time_seconds");
      } else if (value.isNumber()) {
        expected.add("hanport_" + name + (counters.contains(name) ? "_total" : ""));
      } else if (value.isTextual() && !Set.of("protocol", "meter", "source", "received").contains(name)) {
        expected.add("hanport_" + name + "_info");
      }
    });
    return expected;
  }

  private static Set<String> fieldMetrics(List<Sample> samples) {
    return samples.stream()
        .filter(s -> "home".equals(s.labels().get("meter")) && !NOT_FIELDS.contains(s.name()))
        .map(Sample::name)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static List<Sample> parse(String text) {
    return ExpositionParser.parse(text);
  }

  private static Set<String> names(List<Sample> samples) {
    return samples.stream().map(Sample::name).collect(Collectors.toSet());
  }

  private static double value(List<Sample> samples, String name) {
    return samples.stream().filter(s -> s.name().equals(name)).mapToDouble(Sample::value).findFirst().orElse(-1);
  }

  private static String typeOf(List<Sample> samples, String name) {
    return samples.stream().filter(s -> s.name().equals(name)).map(Sample::type).findFirst().orElse("absent");
  }
}
