package io.hanport.codec.obis;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of one COSEM object as the meter meant it: a number with its unit, or text.
 *
 * <p>Numbers are exact decimals after any DLMS scaler ({@code 6678.394}, never a binary float), so
 * that a reading repeats the meter's digits (READING.md).
 */
public sealed interface CosemValue permits CosemValue.Quantity, CosemValue.Text {

  /**
   * A number and its unit as sent; the unit is empty when the meter sent none.
   *
   * <p>A number that fits a long is kept as its unscaled digits and scale, and becomes a {@link
   * BigDecimal} only when asked for: a telegram carries some thirty numbers, most of which reach a
   * reading converted or not at all (issue 2's performance target). Equal, as a record would be,
   * when value (scale included, as {@link BigDecimal#equals}) and unit are.
   */
  final class Quantity implements CosemValue {
    private final long unscaled;
    private final int scale;
    private final String unit;
    /** Made on first use; racy but safe: BigDecimal is immutable, and any copy is equal. */
    private BigDecimal value;

    public Quantity(BigDecimal value, String unit) {
      this.value = Objects.requireNonNull(value, "value");
      this.unscaled = 0;
      this.scale = 0;
      this.unit = Objects.requireNonNull(unit, "unit");
    }

    private Quantity(long unscaled, int scale, String unit) {
      this.unscaled = unscaled;
      this.scale = scale;
      this.unit = Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String decimal, String unit) {
      return new Quantity(new BigDecimal(decimal), unit);
    }

    /** {@code unscaled × 10^-scale}, as {@link BigDecimal#valueOf(long, int)} means it. */
    public static Quantity of(long unscaled, int scale, String unit) {
      return new Quantity(unscaled, scale, unit);
    }

    public BigDecimal value() {
      BigDecimal made = value;
      if (made == null) {
        made = BigDecimal.valueOf(unscaled, scale);
        value = made;
      }
      return made;
    }

    /**
     * {@code value() × 10^n} with scale {@code max(scale − n, 0)}, as {@link
     * BigDecimal#movePointRight} gives it, without making {@link #value()} first: unit
     * conversions (kW to W) need only the moved number.
     */
    public BigDecimal movePointRight(int n) {
      if (n == 0) {
        return value();
      }
      if (value == null && scale - n >= 0) {
        return BigDecimal.valueOf(unscaled, scale - n);
      }
      return value().movePointRight(n);
    }

    public String unit() {
      return unit;
    }

    public boolean hasUnit() {
      return !unit.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Quantity quantity
          && value().equals(quantity.value())
          && unit.equals(quantity.unit);
    }

    @Override
    public int hashCode() {
      return 31 * value().hashCode() + unit.hashCode();
    }

    @Override
    public String toString() {
      return "Quantity[value=" + value() + ", unit=" + unit + "]";
    }
  }

  /** Anything that is not a number: identifiers, timestamps, codes, messages. */
  record Text(String text) implements CosemValue {}
}
