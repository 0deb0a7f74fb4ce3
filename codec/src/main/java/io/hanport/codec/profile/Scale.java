package io.hanport.codec.profile;

import java.math.BigDecimal;

/**
 * How to read a number: value = raw × 10^scaler, in {@code unit} (a COSEM scaler_unit, PROTOCOLS.md
 * §6.4), whether it came on the wire or from a profile's table.
 */
public record Scale(int scaler, String unit) {

  /** No scaling and no unit: a count, a code, or a number whose meaning is not known. */
  public static final Scale RAW = new Scale(0, "");

  /** Scaler-units off the wire, one instance per (scaler, unit): every list repeats them. */
  private static final Scale[][] WIRE = new Scale[256][];

  public static Scale of(int scaler, String unit) {
    return new Scale(scaler, unit);
  }

  /** The scale of a scaler-unit structure: scaler as sent (int8), unit as its enum value. */
  static Scale wire(int scaler, int unit) {
    Scale[] byUnit = WIRE[scaler & 0xFF];
    if (byUnit == null) {
      byUnit = new Scale[256];
      WIRE[scaler & 0xFF] = byUnit;
    }
    Scale scale = byUnit[unit & 0xFF];
    if (scale == null) {
      scale = new Scale(scaler, DlmsUnits.symbol(unit));
      byUnit[unit & 0xFF] = scale;
    }
    return scale;
  }

  /**
   * The exact decimal: {@code 2330} at scaler −1 is {@code 233.0}, keeping the meter's resolution
   * as P1 telegrams do ({@code 240.3*V}); a positive scaler gives a whole number.
   */
  public BigDecimal apply(long raw) {
    if (scaler <= 0) {
      return BigDecimal.valueOf(raw, -scaler);
    }
    return BigDecimal.valueOf(raw).scaleByPowerOfTen(scaler).setScale(0);
  }

  public BigDecimal apply(BigDecimal raw) {
    if (scaler == 0) {
      return raw;
    }
    BigDecimal scaled = raw.scaleByPowerOfTen(scaler);
    return scaler > 0 ? scaled.setScale(0) : scaled;
  }
}
