package io.hanport.app.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Discovery configs checked against Home Assistant's MQTT sensor schema: the keys it requires,
 * and the units and state classes it accepts per device class (HA's sensor documentation; a
 * wrong unit keeps a sensor out of long-term statistics and the Energy dashboard).
 */
class DiscoveryPayloadsTest {

  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final DiscoveryPayloads DISCOVERY =
      new DiscoveryPayloads(new Topics("hanport", "homeassistant"), "0.1.0");

  /** Units Home Assistant accepts per device class, for the classes hanport uses. */
  private static final Map<String, Set<String>> UNITS =
      Map.of(
          "energy", Set.of("Wh", "kWh", "MWh", "MJ", "GJ"),
          "reactive_energy", Set.of("varh", "kvarh"),
          "power", Set.of("W", "kW", "MW"),
          "reactive_power", Set.of("var", "kvar"),
          "voltage", Set.of("V", "mV"),
          "current", Set.of("A", "mA"),
          "gas", Set.of("m³", "ft³", "CCF"),
          "water", Set.of("m³", "L", "gal", "ft³", "CCF"));

  private static final Set<String> TOTALS = Set.of("energy", "reactive_energy", "gas", "water");

  @Test
  void swedishMeterGetsOneSensorPerFieldItSends() {
    List<DiscoveryPayloads.Discovery> configs =
        DISCOVERY.forReading(TestReadings.swedish("home", NOW));

    assertThat(objectIds(configs))
        .containsExactly(
            "energy_import_kwh", "energy_export_kwh", "reactive_energy_import_kvarh",
            "reactive_energy_export_kvarh", "power_import_w", "power_export_w",
            "reactive_power_import_var", "reactive_power_export_var", "power_import_l1_w",
            "power_import_l2_w", "power_import_l3_w", "power_export_l1_w", "power_export_l2_w",
            "power_export_l3_w", "reactive_power_import_l1_var", "reactive_power_import_l2_var",
            "reactive_power_import_l3_var", "reactive_power_export_l1_var",
            "reactive_power_export_l2_var", "reactive_power_export_l3_var", "voltage_l1_v",
            "voltage_l2_v", "voltage_l3_v", "current_l1_a", "current_l2_a", "current_l3_a");
    configs.forEach(DiscoveryPayloadsTest::assertValidSensor);
  }

  @Test
  void importRegisterIsReadyForTheEnergyDashboard() {
    Map<String, Object> config =
        DISCOVERY.forReading(TestReadings.swedish("home", NOW)).get(0).config();

    assertThat(config)
        .containsEntry("name", "Energy import")
        .containsEntry("unique_id", "hanport_home_energy_import_kwh")
        .containsEntry("default_entity_id", "sensor.hanport_home_energy_import_kwh")
        .doesNotContainKey("object_id")
        .containsEntry("state_topic", "hanport/home/state")
        .containsEntry("value_template", "{{ value_json.energy_import_kwh }}")
        .containsEntry("device_class", "energy")
        .containsEntry("state_class", "total_increasing")
        .containsEntry("unit_of_measurement", "kWh")
        .containsEntry("availability_topic", "hanport/status");
    assertThat(DISCOVERY.forReading(TestReadings.swedish("home", NOW)).get(0).topic())
        .isEqualTo("homeassistant/sensor/hanport_home/energy_import_kwh/config");
  }

  @Test
  void dutchMeterAddsTariffRegistersAndItsGasMeter() {
    List<DiscoveryPayloads.Discovery> configs =
        DISCOVERY.forReading(TestReadings.dutch("nl", NOW));

    assertThat(objectIds(configs))
        .contains("energy_import_t1_kwh", "energy_import_t2_kwh", "tariff", "mbus_1")
        .doesNotContain("mbus_2");
    Map<String, Object> gas = configFor(configs, "mbus_1");
    assertThat(gas)
        .containsEntry("device_class", "gas")
        .containsEntry("unit_of_measurement", "m³")
        .containsEntry("state_class", "total_increasing");
    assertThat((String) gas.get("value_template")).contains("selectattr('channel', 'eq', 1)");
    assertThat(configFor(configs, "tariff")).doesNotContainKeys("device_class", "state_class");
    configs.forEach(DiscoveryPayloadsTest::assertValidSensor);
  }

  @Test
  void norwegianMeterIsOneDeviceWithItsSerialAndManufacturer() {
    List<DiscoveryPayloads.Discovery> configs =
        DISCOVERY.forReading(TestReadings.norwegian("hytta", NOW));

    assertThat(objectIds(configs))
        .containsExactly("energy_import_kwh", "power_import_w", "power_export_w", "voltage_l1_v", "current_l1_a");
    @SuppressWarnings("unchecked")
    Map<String, Object> device = (Map<String, Object>) configs.get(0).config().get("device");
    assertThat(device)
        .containsEntry("identifiers", List.of("hanport_hytta"))
        .containsEntry("manufacturer", "Kamstrup")
        .containsEntry("model", "6841121BN243101040")
        .containsEntry("serial_number", "5706567274389702");
    configs.forEach(DiscoveryPayloadsTest::assertValidSensor);
  }

  @Test
  void meterNamesBecomeValidDiscoveryIds() {
    assertThat(Topics.nodeId("Hus 1/P1+")).isEqualTo("hanport_hus_1_p1_");
    assertThat(new Topics("hanport", "homeassistant").state("a/b#")).isEqualTo("hanport/a_b_/state");
  }

  private static void assertValidSensor(DiscoveryPayloads.Discovery discovery) {
    Map<String, Object> config = discovery.config();
    assertThat(discovery.topic()).matches("homeassistant/sensor/[a-zA-Z0-9_-]+/[a-zA-Z0-9_-]+/config");
    assertThat(config).containsKeys("name", "unique_id", "state_topic", "value_template", "device");
    String deviceClass = (String) config.get("device_class");
    if (deviceClass != null) {
      assertThat(UNITS).as("device class %s", deviceClass).containsKey(deviceClass);
      assertThat(UNITS.get(deviceClass)).contains((String) config.get("unit_of_measurement"));
      String expectedState = TOTALS.contains(deviceClass) ? "total_increasing" : "measurement";
      assertThat(config.get("state_class")).isEqualTo(expectedState);
    }
  }

  private static List<String> objectIds(List<DiscoveryPayloads.Discovery> configs) {
    return configs.stream()
        .map(c -> c.topic().split("/")[3])
        .collect(Collectors.toList());
  }

  private static Map<String, Object> configFor(List<DiscoveryPayloads.Discovery> configs, String object) {
    return configs.stream()
        .filter(c -> c.topic().split("/")[3].equals(object))
        .findFirst()
        .orElseThrow()
        .config();
  }
}
