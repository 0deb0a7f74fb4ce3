package io.hanport.codec.obis;

import java.math.BigDecimal;

/**
 * The value of one COSEM object as the meter meant it: a number with its unit, or text.
 *
 * <p>Numbers are exact decimals after any DLMS scaler ({@code 6678.394}, never a binary float), so
 * that a reading repeats the meter's digits (READING.md).
 */
public sealed interface CosemValue permits CosemValue.Quantity, CosemValue.Text {

  /** A number and its unit as sent; the unit is empty when the meter sent none. */
  record Quantity(BigDecimal value, String unit) implements CosemValue {
    public static Quantity of(String decimal, String unit) {
      return new Quantity(new BigDecimal(decimal), unit);
    }

    public boolean hasUnit() {
      return !unit.isEmpty();
    }
  }

  /** Anything that is not a number: identifiers, timestamps, codes, messages. */
  record Text(String text) implements CosemValue {}
}
