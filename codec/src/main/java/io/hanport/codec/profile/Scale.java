package io.hanport.codec.profile;

import java.math.BigDecimal;

/**
 * How to read a number a meter sent without a scaler-unit on the wire: value = raw × 10^scaler, in
 * {@code unit} (PROTOCOLS.md §6.4: the same rule as a COSEM scaler_unit).
 */
public record Scale(int scaler, String unit) {

  /** No scaling and no unit: a count, a code, or a number whose meaning is not known. */
  public static final Scale RAW = new Scale(0, "");

  public static Scale of(int scaler, String unit) {
    return new Scale(scaler, unit);
  }

  /**
   * The exact decimal: {@code 2330} at scaler −1 is {@code 233.0}, keeping the meter's resolution
   * as P1 telegrams do ({@code 240.3*V}); a positive scaler gives a whole number.
   */
  public BigDecimal apply(BigDecimal raw) {
    if (scaler == 0) {
      return raw;
    }
    BigDecimal scaled = raw.scaleByPowerOfTen(scaler);
    return scaler > 0 ? scaled.setScale(0) : scaled;
  }
}
