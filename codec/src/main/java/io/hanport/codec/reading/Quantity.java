package io.hanport.codec.reading;

import io.hanport.codec.obis.CosemValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
  /**
   * Lower-case units plus the spellings that lower-case to one, with the power of ten of each:
   * arrays, not a map, because a handful of units is looked up for every number of every telegram.
   */
  private final String[] units;

  private final int[] powersOfTen;

  /** Pairs of unit and the power of ten that brings it to the field's unit. */
  Quantity(int powerOfTenWithoutUnit, Object... unitsAndPowers) {
    this.powerOfTenWithoutUnit = powerOfTenWithoutUnit;
    List<String> known = new ArrayList<>();
    List<Integer> powers = new ArrayList<>();
    // The spellings meters send come first, so that the hot path rarely lower-cases.
    for (String spelling : new String[] {"kWh", "Wh", "MWh", "kW", "W", "MW", "kVArh", "VArh",
        "kVAr", "VAr", "kVAh", "VAh", "kVA", "VA", "V", "kV", "A", "mA"}) {
      for (int i = 0; i < unitsAndPowers.length; i += 2) {
        if (spelling.toLowerCase(Locale.ROOT).equals(unitsAndPowers[i])) {
          known.add(spelling);
          powers.add((Integer) unitsAndPowers[i + 1]);
        }
      }
    }
    for (int i = 0; i < unitsAndPowers.length; i += 2) {
      known.add((String) unitsAndPowers[i]);
      powers.add((Integer) unitsAndPowers[i + 1]);
    }
    this.units = known.toArray(new String[0]);
    this.powersOfTen = powers.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The value in the field's unit, or null when the unit does not fit this quantity. Null rather
   * than an empty Optional: this runs for every object of every telegram.
   */
  BigDecimal convert(CosemValue.Quantity quantity) {
    String unit = quantity.unit();
    if (unit.isEmpty()) {
      return quantity.movePointRight(powerOfTenWithoutUnit);
    }
    int index = indexOf(unit);
    return index < 0 ? null : quantity.movePointRight(powersOfTen[index]);
  }

  /**
   * The decoders share one string per unit they know, the same literals as here, so the first
   * pass usually ends at {@code ==}; then equal text, then any case.
   */
  private int indexOf(String unit) {
    for (int i = 0; i < units.length; i++) {
      if (units[i] == unit) {
        return i;
      }
    }
    String lowerCase = unit.toLowerCase(Locale.ROOT);
    for (int i = 0; i < units.length; i++) {
      if (units[i].equals(unit) || units[i].equals(lowerCase)) {
        return i;
      }
    }
    return -1;
  }
}
