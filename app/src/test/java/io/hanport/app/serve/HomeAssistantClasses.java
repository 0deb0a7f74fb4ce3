package io.hanport.app.serve;

/**
 * What Home Assistant's sensor documentation asks of each kind of reading field, by the unit its
 * name ends in (READING.md: field names carry their unit): device class, state class, unit.
 * Registers are {@code total_increasing}, so the Energy dashboard can pick them; the rest are
 * {@code measurement}.
 */
final class HomeAssistantClasses {

  private HomeAssistantClasses() {}

  static String[] forField(String field) {
    if (field.endsWith("_kwh")) {
      return new String[] {"energy", "total_increasing", "kWh"};
    }
    if (field.endsWith("_kvarh")) {
      return new String[] {"reactive_energy", "total_increasing", "kvarh"};
    }
    if (field.endsWith("_var")) {
      return new String[] {"reactive_power", "measurement", "var"};
    }
    if (field.endsWith("_w")) {
      return new String[] {"power", "measurement", "W"};
    }
    if (field.endsWith("_v")) {
      return new String[] {"voltage", "measurement", "V"};
    }
    if (field.endsWith("_a")) {
      return new String[] {"current", "measurement", "A"};
    }
    throw new AssertionError("no Home Assistant class expected for " + field);
  }
}
