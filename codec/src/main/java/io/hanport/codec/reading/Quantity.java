package io.hanport.codec.reading;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a numeric field measures, and how each unit meters send converts to the field's unit.
 *
 * <p>Only k-prefixes are converted (READING.md): {@code kW} to W, {@code Wh} to kWh. Unit spellings
 * vary by vendor ({@code kvarh}, {@code kVArh}; Aidon labels reactive values {@code kVA}: PROTOCOLS.md
 * §1.6). A value without a unit is in the DSMR unit of its object (Smarty sends reactive power
 * without one, §4). A unit that does not fit the quantity maps to nothing rather than to a guess.
 */
enum Quantity {
  // Keys are lower case; the exact spellings seen on the wire are added so the hot path does not
  // lower-case every unit.
  ENERGY(Map.of("kwh", 0, "wh", -3, "mwh", 3, "kWh", 0, "Wh", -3), 0),
  REACTIVE_ENERGY(
      Map.of("kvarh", 0, "varh", -3, "kvah", 0, "vah", -3, "kVArh", 0, "VArh", -3, "kVAh", 0), 0),
  POWER(Map.of("kw", 3, "w", 0, "mw", 6, "kW", 3, "W", 0), 3),
  REACTIVE_POWER(Map.of("kvar", 3, "var", 0, "kva", 3, "va", 0, "kVAr", 3, "VAr", 0, "kVA", 3), 3),
  DEMAND(Map.of("kw", 0, "w", -3, "kW", 0, "W", -3), 0),
  VOLTAGE(Map.of("v", 0, "kv", 3, "V", 0), 0),
  CURRENT(Map.of("a", 0, "ma", -3, "A", 0), 0);

  private final Map<String, Integer> powerOfTenByUnit;
  private final int powerOfTenWithoutUnit;

  Quantity(Map<String, Integer> powerOfTenByUnit, int powerOfTenWithoutUnit) {
    this.powerOfTenByUnit = powerOfTenByUnit;
    this.powerOfTenWithoutUnit = powerOfTenWithoutUnit;
  }

  Optional<BigDecimal> convert(BigDecimal value, String unit) {
    Integer powerOfTen = powerOfTenWithoutUnit;
    if (!unit.isEmpty()) {
      powerOfTen = powerOfTenByUnit.get(unit);
      if (powerOfTen == null) {
        powerOfTen = powerOfTenByUnit.get(unit.toLowerCase(Locale.ROOT));
      }
    }
    if (powerOfTen == null) {
      return Optional.empty();
    }
    return Optional.of(
        powerOfTen >= 0 ? value.movePointRight(powerOfTen) : value.movePointLeft(-powerOfTen));
  }
}
