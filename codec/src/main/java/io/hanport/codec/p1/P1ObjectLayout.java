package io.hanport.codec.p1;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import java.util.Arrays;

/**
 * One object's place in a {@link P1Shape}: its code, spec and value groups, and for a plain
 * quantity ({@code (00006678.394*kWh)}) where its number's digits lie.
 */
final class P1ObjectLayout {

  /** Up to 18 digits fit a long, as in {@link P1Values}. */
  private static final int MAX_LONG_DIGITS = 18;

  private static final byte FREE = (byte) 0xFF;

  private final long key;
  private final P1ObjectSpec spec;
  private final int[] bounds;
  private final boolean[] wrapped;
  /** Set only for a plain quantity, which is rebuilt from its digits alone. */
  private final PlainQuantity quantity;

  private P1ObjectLayout(long key, P1ObjectSpec spec, int[] bounds, boolean[] wrapped,
      PlainQuantity quantity) {
    this.key = key;
    this.spec = spec;
    this.bounds = bounds;
    this.wrapped = wrapped;
    this.quantity = quantity;
  }

  /** The layout of {@code built}, which the line reader made from these value groups of raw. */
  static P1ObjectLayout of(long key, P1ObjectSpec spec, int[] bounds, boolean[] wrapped,
      CosemObject built, byte[] raw) {
    boolean plain = spec != null && spec.kind() == P1ValueKind.QUANTITY && wrapped.length == 1
        && !wrapped[0] && built.value() instanceof CosemValue.Quantity;
    String unit = plain ? ((CosemValue.Quantity) built.value()).unit() : null;
    PlainQuantity quantity = plain ? PlainQuantity.of(spec.code(), raw, bounds[0], unit) : null;
    return new P1ObjectLayout(key, spec, bounds, wrapped, quantity);
  }

  CosemObject build(byte[] raw, P1ObjectBuilder builder) {
    if (quantity != null) {
      return quantity.build(raw);
    }
    return builder.build(raw, key, spec, bounds, wrapped, wrapped.length);
  }

  /**
   * Marks in {@code free} the bytes that may be any digit: a plain quantity's number digits, and
   * every digit of any other value group (its builder reads it afresh from the telegram).
   */
  void markFreeDigits(byte[] raw, byte[] free) {
    if (quantity != null) {
      quantity.markFreeDigits(free);
      return;
    }
    for (int group = 0; group < wrapped.length; group++) {
      for (int i = bounds[2 * group]; i < bounds[2 * group + 1]; i++) {
        if (raw[i] >= '0' && raw[i] <= '9') {
          free[i] = FREE;
        }
      }
    }
  }

  /** {@code [-]digits[.digits]} and a fixed unit: where the digits lie, and what they mean. */
  private static final class PlainQuantity {
    private final ObisCode code;
    private final boolean negative;
    private final int integerFrom;
    private final int integerTo;
    private final int fractionFrom;
    private final int fractionTo;
    private final String unit;
    /** Both runs hold at most eight digits and end eight bytes or more into the telegram. */
    private final boolean wordRuns;
    private final long integerMask;
    private final long fractionMask;
    private final long fractionPower;

    private PlainQuantity(ObisCode code, boolean negative, int integerFrom, int integerTo,
        int fractionFrom, int fractionTo, String unit) {
      this.code = code;
      this.negative = negative;
      this.integerFrom = integerFrom;
      this.integerTo = integerTo;
      this.fractionFrom = fractionFrom;
      this.fractionTo = fractionTo;
      this.unit = unit;
      int integerDigits = integerTo - integerFrom;
      int fractionDigits = fractionTo - fractionFrom;
      this.wordRuns = integerDigits <= Long.BYTES && fractionDigits <= Long.BYTES
          && integerTo >= Long.BYTES;
      this.integerMask = wordRuns ? P1Digits.runMask(integerDigits) : 0;
      this.fractionMask = wordRuns ? P1Digits.runMask(fractionDigits) : 0;
      this.fractionPower = wordRuns ? P1Digits.powerOfTen(fractionDigits) : 0;
    }

    /** The layout of a group {@link P1Values#quantity} read as a number; null past 18 digits. */
    static PlainQuantity of(ObisCode code, byte[] raw, int from, String unit) {
      boolean negative = raw[from] == '-';
      int integerFrom = negative ? from + 1 : from;
      int integerTo = digitsEnd(raw, integerFrom);
      int fractionFrom = raw[integerTo] == '.' ? integerTo + 1 : integerTo;
      int fractionTo = digitsEnd(raw, fractionFrom);
      int digits = integerTo - integerFrom + fractionTo - fractionFrom;
      return digits > MAX_LONG_DIGITS ? null : new PlainQuantity(
          code, negative, integerFrom, integerTo, fractionFrom, fractionTo, unit);
    }

    private static int digitsEnd(byte[] raw, int from) {
      int i = from;
      while (raw[i] >= '0' && raw[i] <= '9') {
        i++;
      }
      return i;
    }

    CosemObject build(byte[] raw) {
      long unscaled = wordRuns
          ? P1Digits.endingAt(raw, integerTo, integerMask) * fractionPower
              + P1Digits.endingAt(raw, fractionTo, fractionMask)
          : P1Digits.append(raw, fractionFrom, fractionTo,
              P1Digits.append(raw, integerFrom, integerTo, 0));
      return CosemObject.of(code, CosemValue.Quantity.of(
          negative ? -unscaled : unscaled, fractionTo - fractionFrom, unit));
    }

    void markFreeDigits(byte[] free) {
      Arrays.fill(free, integerFrom, integerTo, FREE);
      Arrays.fill(free, fractionFrom, fractionTo, FREE);
    }
  }
}
