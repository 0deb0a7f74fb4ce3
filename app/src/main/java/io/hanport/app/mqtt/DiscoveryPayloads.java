package io.hanport.app.mqtt;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.MbusDevice;
import io.hanport.codec.reading.Reading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Home Assistant MQTT discovery configs for every field a meter actually sends, grouped under one
 * device per meter, all reading their value from the meter's state topic.
 */
final class DiscoveryPayloads {

  /** One retained discovery message. */
  record Discovery(String topic, Map<String, Object> config) {}

  private final Topics topics;
  private final String version;

  DiscoveryPayloads(Topics topics, String version) {
    this.topics = topics;
    this.version = version;
  }

  List<Discovery> forReading(MeterReading meterReading) {
    List<Discovery> configs = new ArrayList<>();
    Map<String, Object> device = device(meterReading);
    for (Field field : meterReading.reading().fields().keySet()) {
      SensorSpec.forField(field)
          .ifPresent(
              spec ->
                  configs.add(
                      discovery(
                          meterReading.meter(),
                          field.jsonName(),
                          spec,
                          "{{ value_json." + field.jsonName() + " }}",
                          device)));
    }
    for (MbusDevice mbus : meterReading.reading().mbus()) {
      mbusSpec(mbus)
          .ifPresent(
              spec ->
                  configs.add(
                      discovery(
                          meterReading.meter(),
                          "mbus_" + mbus.channel(),
                          spec,
                          mbusTemplate(mbus.channel()),
                          device)));
    }
    return configs;
  }

  private Discovery discovery(
      String meter, String object, SensorSpec spec, String template, Map<String, Object> device) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("name", spec.name());
    config.put("unique_id", Topics.nodeId(meter) + "_" + object);
    // Not object_id: Home Assistant deprecated it in 2025.10 and ignores it since 2026.4.
    config.put("default_entity_id", "sensor." + Topics.nodeId(meter) + "_" + object);
    config.put("state_topic", topics.state(meter));
    config.put("value_template", template);
    putIfNotEmpty(config, "device_class", spec.deviceClass());
    putIfNotEmpty(config, "state_class", spec.stateClass());
    putIfNotEmpty(config, "unit_of_measurement", spec.unit());
    config.put("availability_topic", topics.status());
    config.put("payload_available", Topics.ONLINE);
    config.put("payload_not_available", Topics.OFFLINE);
    config.put("device", device);
    config.put("origin", Map.of("name", "hanport", "sw_version", version));
    return new Discovery(topics.discovery(meter, object), config);
  }

  private static Optional<SensorSpec> mbusSpec(MbusDevice mbus) {
    if (mbus.deviceType().isEmpty() || mbus.value().isEmpty() || mbus.unit().isEmpty()) {
      return Optional.empty();
    }
    return SensorSpec.forMbus(mbus.deviceType().get(), mbus.unit().get());
  }

  /** The M-Bus list is ordered by channel, but a channel may be missing: select, don't index. */
  private static String mbusTemplate(int channel) {
    return "{{ (value_json.mbus | selectattr('channel', 'eq', "
        + channel
        + ") | map(attribute='value') | first) }}";
  }

  private Map<String, Object> device(MeterReading meterReading) {
    Reading reading = meterReading.reading();
    Map<String, Object> device = new LinkedHashMap<>();
    device.put("identifiers", List.of(Topics.nodeId(meterReading.meter())));
    device.put("name", "Electricity meter " + meterReading.meter());
    device.put("manufacturer", Manufacturers.of(reading));
    device.put("model", model(reading));
    reading.text(Field.METER_ID).ifPresent(id -> device.put("serial_number", id));
    return device;
  }

  private static String model(Reading reading) {
    return reading
        .text(Field.METER_MODEL)
        .or(() -> reading.text(Field.HEADER))
        .or(() -> reading.text(Field.LIST_ID))
        .orElse(reading.protocol().toUpperCase(java.util.Locale.ROOT) + " meter");
  }

  private static void putIfNotEmpty(Map<String, Object> config, String key, String value) {
    if (!value.isEmpty()) {
      config.put(key, value);
    }
  }
}
