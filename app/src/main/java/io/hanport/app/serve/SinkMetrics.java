package io.hanport.app.serve;

import io.hanport.app.metrics.PrometheusText;
import io.hanport.app.mqtt.MqttSink;
import io.hanport.app.store.AppendStats;
import io.hanport.app.store.BatchingWriter;
import java.util.Map;

/**
 * The sinks' own health for {@code /metrics} (issue 7): store latency and backlog, and the MQTT
 * queue while the broker is away. Here, not in the sinks, because sinks never depend on the
 * metrics package (ARCHITECTURE.md).
 */
final class SinkMetrics {

  private static final Map<String, String> NO_LABELS = Map.of();

  private SinkMetrics() {}

  static void writeStore(BatchingWriter writer, PrometheusText text) {
    AppendStats stats = writer.appendStats();
    text.counter("hanport_store_appends_total", "Batches appended to the store.", NO_LABELS, stats.appends());
    text.counter(
        "hanport_store_appended_readings_total", "Readings appended to the store.", NO_LABELS, stats.readings());
    text.counter(
        "hanport_store_append_seconds_total",
        "Time spent appending; divided by hanport_store_appends_total, the mean store latency.",
        NO_LABELS,
        seconds(stats.total().toNanos()));
    text.gauge(
        "hanport_store_last_append_seconds", "How long the latest append took.", NO_LABELS,
        seconds(stats.last().toNanos()));
    text.gauge("hanport_store_pending_readings", "Readings waiting for the next append.", NO_LABELS, writer.pending());
    text.counter(
        "hanport_store_dropped_total", "Readings dropped while the store kept failing.", NO_LABELS, writer.dropped());
  }

  static void writeMqtt(MqttSink mqtt, PrometheusText text) {
    text.gauge("hanport_mqtt_connected", "1 while connected to the MQTT broker.", NO_LABELS, mqtt.connected() ? 1 : 0);
    text.gauge("hanport_mqtt_queue_depth", "Readings waiting for the MQTT broker.", NO_LABELS, mqtt.queued());
    text.counter(
        "hanport_mqtt_dropped_total",
        "Readings dropped, oldest first, because the MQTT queue was full.",
        NO_LABELS,
        mqtt.dropped());
    text.counter(
        "hanport_mqtt_readings_total",
        "Readings handed to the broker (topics within their rate limit skipped).",
        NO_LABELS,
        mqtt.published());
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
