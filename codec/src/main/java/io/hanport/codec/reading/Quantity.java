package io.hanport.codec.reading;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a numeric field measures, and how each unit meters send converts to the field's unit.
 *
 * <p>Only k-prefixes are converted (READING.md): {@code kW} to W, {@code Wh} to kWh. Unit spellings
 * vary by vendor ({@code kvarh}, {@code kVArh}; Aidon labels reactive values {@code kVA}: PROTOCOLS.md
 * §1.6), so units compare without case. A value without a unit is in the DSMR unit of its object
 * (Smarty sends reactive power without one, §4). A unit that does not fit the quantity maps to
 * nothing rather than to a guess.
 */
enum Quantity {
  ENERGY(0, "kwh", 0, "wh", -3, "mwh", 3),
  REACTIVE_ENERGY(0, "kvarh", 0, "varh", -3, "kvah", 0, "vah", -3),
  POWER(3, "kw", 3, "w", 0, "mw", 6),
  REACTIVE_POWER(3, "kvar", 3, "var", 0, "kva", 3, "va", 0),
  DEMAND(0, "kw", 0, "w", -3),
  VOLTAGE(0, "v", 0, "kv", 3),
  CURRENT(0, "a", 0, "ma", -3);

  private final int powerOfTenWithoutUnit;
  /** Lower-case units, plus the spellings meters send, so the hot path rarely lower-cases. */
  private final Map<String, Integer> powerOfTenByUnit = new HashMap<>();

  /** Pairs of unit and the power of ten that brings it to the field's unit. */
  Quantity(int powerOfTenWithoutUnit, Object... unitsAndPowers) {
    this.powerOfTenWithoutUnit = powerOfTenWithoutUnit;
    for (int i = 0; i < unitsAndPowers.length; i += 2) {
      powerOfTenByUnit.put((String) unitsAndPowers[i], (Integer) unitsAndPowers[i + 1]);
    }
    for (String spelling : new String[] {"kWh", "Wh", "MWh", "kW", "W", "MW", "kVArh", "VArh",
        "kVAr", "VAr", "kVAh", "VAh", "kVA", "VA", "V", "kV", "A", "mA"}) {
      Integer power = powerOfTenByUnit.get(spelling.toLowerCase(Locale.ROOT));
      if (power != null) {
        powerOfTenByUnit.put(spelling, power);
      }
    }
  }

  /**
   * The value in the field's unit, or null when the unit does not fit this quantity. Null rather
   * than an empty Optional: this runs for every object of every telegram.
   */
  BigDecimal convert(BigDecimal value, String unit) {
    Integer powerOfTen = powerOfTenWithoutUnit;
    if (!unit.isEmpty()) {
      powerOfTen = powerOfTenByUnit.get(unit);
      if (powerOfTen == null) {
        powerOfTen = powerOfTenByUnit.get(unit.toLowerCase(Locale.ROOT));
      }
    }
    if (powerOfTen == null) {
      return null;
    }
    return powerOfTen >= 0 ? value.movePointRight(powerOfTen) : value.movePointLeft(-powerOfTen);
  }
}
