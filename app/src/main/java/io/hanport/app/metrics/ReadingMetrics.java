package io.hanport.app.metrics;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.pipeline.ReadingSink;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.MbusDevice;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest value of every field each meter sends, as Prometheus metrics labelled by meter:
 * energy registers and failure counts are counters, everything measured now is a gauge, text
 * fields become an {@code _info} metric with the text as a label, and the meter's clock a Unix
 * time. A field the meter does not send
 * has no sample at all (never a 0).
 */
public final class ReadingMetrics implements ReadingSink {

  private static final Set<Field> COUNTERS =
      Set.of(
          Field.ENERGY_IMPORT_KWH, Field.ENERGY_EXPORT_KWH, Field.ENERGY_IMPORT_T1_KWH,
          Field.ENERGY_IMPORT_T2_KWH, Field.ENERGY_EXPORT_T1_KWH, Field.ENERGY_EXPORT_T2_KWH,
          Field.REACTIVE_ENERGY_IMPORT_KVARH, Field.REACTIVE_ENERGY_EXPORT_KVARH,
          Field.POWER_FAILURES, Field.LONG_POWER_FAILURES);

  private final Map<String, MeterReading> latest = new ConcurrentHashMap<>();

  @Override
  public void accept(MeterReading reading) {
    latest.put(reading.meter(), reading);
  }

  /** Adds the samples of every meter's latest reading. */
  public void writeTo(PrometheusText text) {
    latest.values().stream()
        .sorted((a, b) -> a.meter().compareTo(b.meter()))
        .forEach(reading -> write(reading, text));
  }

  private static void write(MeterReading reading, PrometheusText text) {
    Map<String, String> meter = Map.of("meter", reading.meter());
    text.gauge(
        "hanport_reading_received_timestamp_seconds",
        "When the meter's latest reading arrived (Unix time).",
        meter,
        reading.received().toEpochMilli() / 1000.0);
    reading.reading().fields().forEach((field, value) -> writeField(field, value, reading.meter(), text));
    for (MbusDevice device : reading.reading().mbus()) {
      device.value().ifPresent(value ->
          text.counter(
              "hanport_mbus_value_total",
              "The latest register of a gas, water or heat meter on the M-Bus, in its unit.",
              Map.of(
                  "meter", reading.meter(),
                  "channel", String.valueOf(device.channel()),
                  "unit", device.unit().orElse("")),
              value.doubleValue()));
    }
  }

  private static void writeField(Field field, Object value, String meter, PrometheusText text) {
    String name = "hanport_" + field.jsonName();
    String help = "The reading field " + field.jsonName() + " (READING.md).";
    if (value instanceof BigDecimal || value instanceof Long) {
      double number = ((Number) value).doubleValue();
      if (COUNTERS.contains(field)) {
        text.counter(name + "_total", help, Map.of("meter", meter), number);
      } else {
        text.gauge(name, help, Map.of("meter", meter), number);
      }
    } else if (field == Field.METER_TIME) {
      meterTimeSeconds((String) value)
          .ifPresent(seconds -> text.gauge("hanport_meter_time_seconds", help, Map.of("meter", meter), seconds));
    } else if (value instanceof String string && field != Field.PROTOCOL) {
      text.gauge(name + "_info", help, Map.of("meter", meter, "value", string), 1);
    }
  }

  /**
   * The meter's clock as Unix time, when it says its offset; as an info label it would make a new
   * series every reading, which Prometheus warns against (cardinality).
   */
  private static Optional<Double> meterTimeSeconds(String isoTime) {
    try {
      return Optional.of(OffsetDateTime.parse(isoTime).toEpochSecond() * 1.0);
    } catch (DateTimeParseException noOffset) {
      return Optional.empty();
    }
  }
}
