package io.hanport.app.mqtt;

import io.hanport.codec.reading.Field;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How Home Assistant should see each reading field (its MQTT sensor schema: device_class,
 * state_class, unit_of_measurement). Energy registers are {@code total_increasing} so that HA's
 * Energy dashboard can pick import and export straight away; instantaneous values are {@code
 * measurement}. Fields not listed (protocol, header, ids) describe the device, not a sensor.
 *
 * @param name the entity name shown in Home Assistant
 * @param deviceClass HA's device class, empty for none
 * @param stateClass HA's state class, empty for a text sensor
 * @param unit the unit of the contract's field, empty for none
 */
record SensorSpec(String name, String deviceClass, String stateClass, String unit) {

  private static final String TOTAL = "total_increasing";
  private static final String MEASUREMENT = "measurement";
  private static final Map<Field, SensorSpec> BY_FIELD = new EnumMap<>(Field.class);

  static {
    energy(Field.ENERGY_IMPORT_KWH, "Energy import");
    energy(Field.ENERGY_EXPORT_KWH, "Energy export");
    energy(Field.ENERGY_IMPORT_T1_KWH, "Energy import tariff 1");
    energy(Field.ENERGY_IMPORT_T2_KWH, "Energy import tariff 2");
    energy(Field.ENERGY_EXPORT_T1_KWH, "Energy export tariff 1");
    energy(Field.ENERGY_EXPORT_T2_KWH, "Energy export tariff 2");
    // HA accepted the reactive_energy device class in 2025 (architecture discussion #724).
    put(Field.REACTIVE_ENERGY_IMPORT_KVARH, "Reactive energy import", "reactive_energy", TOTAL, "kvarh");
    put(Field.REACTIVE_ENERGY_EXPORT_KVARH, "Reactive energy export", "reactive_energy", TOTAL, "kvarh");
    power(Field.POWER_IMPORT_W, "Power import");
    power(Field.POWER_EXPORT_W, "Power export");
    power(Field.POWER_IMPORT_L1_W, "Power import L1");
    power(Field.POWER_IMPORT_L2_W, "Power import L2");
    power(Field.POWER_IMPORT_L3_W, "Power import L3");
    power(Field.POWER_EXPORT_L1_W, "Power export L1");
    power(Field.POWER_EXPORT_L2_W, "Power export L2");
    power(Field.POWER_EXPORT_L3_W, "Power export L3");
    reactive(Field.REACTIVE_POWER_IMPORT_VAR, "Reactive power import");
    reactive(Field.REACTIVE_POWER_EXPORT_VAR, "Reactive power export");
    reactive(Field.REACTIVE_POWER_IMPORT_L1_VAR, "Reactive power import L1");
    reactive(Field.REACTIVE_POWER_IMPORT_L2_VAR, "Reactive power import L2");
    reactive(Field.REACTIVE_POWER_IMPORT_L3_VAR, "Reactive power import L3");
    reactive(Field.REACTIVE_POWER_EXPORT_L1_VAR, "Reactive power export L1");
    reactive(Field.REACTIVE_POWER_EXPORT_L2_VAR, "Reactive power export L2");
    reactive(Field.REACTIVE_POWER_EXPORT_L3_VAR, "Reactive power export L3");
    put(Field.VOLTAGE_L1_V, "Voltage L1", "voltage", MEASUREMENT, "V");
    put(Field.VOLTAGE_L2_V, "Voltage L2", "voltage", MEASUREMENT, "V");
    put(Field.VOLTAGE_L3_V, "Voltage L3", "voltage", MEASUREMENT, "V");
    put(Field.CURRENT_L1_A, "Current L1", "current", MEASUREMENT, "A");
    put(Field.CURRENT_L2_A, "Current L2", "current", MEASUREMENT, "A");
    put(Field.CURRENT_L3_A, "Current L3", "current", MEASUREMENT, "A");
    put(Field.AVERAGE_DEMAND_KW, "Average demand", "power", MEASUREMENT, "kW");
    put(Field.MONTH_PEAK_KW, "Month peak demand", "power", MEASUREMENT, "kW");
    put(Field.POWER_FAILURES, "Power failures", "", TOTAL, "");
    put(Field.LONG_POWER_FAILURES, "Long power failures", "", TOTAL, "");
    put(Field.TARIFF, "Tariff", "", "", "");
  }

  static Optional<SensorSpec> forField(Field field) {
    return Optional.ofNullable(BY_FIELD.get(field));
  }

  /**
   * A gas, water or heat meter on the DSMR M-Bus, by its device type (EN 13757-3: 3 gas, 7 water,
   * 4 heat). Meters write cubic metres {@code m3}; Home Assistant accepts only {@code m³}.
   */
  static Optional<SensorSpec> forMbus(int deviceType, String meterUnit) {
    String unit = "m3".equalsIgnoreCase(meterUnit) ? "m³" : meterUnit;
    switch (deviceType) {
      case 3:
        return Optional.of(new SensorSpec("Gas", "gas", TOTAL, unit));
      case 7:
        return Optional.of(new SensorSpec("Water", "water", TOTAL, unit));
      case 4:
        return Optional.of(new SensorSpec("Heat", "energy", TOTAL, unit));
      default:
        return Optional.empty();
    }
  }

  private static void energy(Field field, String name) {
    put(field, name, "energy", TOTAL, "kWh");
  }

  private static void power(Field field, String name) {
    put(field, name, "power", MEASUREMENT, "W");
  }

  private static void reactive(Field field, String name) {
    put(field, name, "reactive_power", MEASUREMENT, "var");
  }

  private static void put(Field field, String name, String deviceClass, String stateClass, String unit) {
    BY_FIELD.put(field, new SensorSpec(name, deviceClass, stateClass, unit));
  }
}
