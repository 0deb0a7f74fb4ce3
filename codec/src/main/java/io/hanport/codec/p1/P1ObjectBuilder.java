package io.hanport.codec.p1;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;

/**
 * Builds one COSEM object from a code and its value groups, typed by {@link P1ObjectSpecs}.
 *
 * <p>A value that does not fit its spec (a non-number where a quantity belongs, a log with an
 * unexpected shape) is kept as text rather than failing the telegram: the other objects of a
 * CRC-valid telegram are still good, and the text keeps what the meter sent.
 */
final class P1ObjectBuilder {

  private static final CosemValue.Text EMPTY = new CosemValue.Text("");

  /** DSMR 2.2/3 profile: (TST)(00)(60)(1)(0-n:24.2.1)(unit)(value) (PROTOCOLS.md §2). */
  private static final int PROFILE_TIME = 0;
  private static final int PROFILE_UNIT = 5;
  private static final int PROFILE_VALUE = 6;

  private byte[] raw;
  private int[] bounds;
  private boolean[] wrapped;
  private int count;

  /**
   * The object of {@code key}, whose spec is {@code spec} or null when the table lacks it, from
   * the value groups of {@code telegram} that {@code groupBounds} delimit.
   */
  CosemObject build(byte[] telegram, long key, P1ObjectSpec spec, int[] groupBounds,
      boolean[] groupWrapped, int groupCount) {
    this.raw = telegram;
    this.bounds = groupBounds;
    this.wrapped = groupWrapped;
    this.count = groupCount;
    if (spec == null) {
      return unknown(P1ObjectSpecs.codeOf(key), key);
    }
    ObisCode code = spec.code();
    switch (spec.kind()) {
      case QUANTITY:
        return CosemObject.of(code, count == 1 ? quantityOrText(0) : allGroups());
      case CAPTURED_QUANTITY:
        return captured(code);
      case LOG:
        return CosemObject.of(code, allGroups());
      case PROFILE_ON_NEXT_LINE:
        return profile(code);
      default:
        return CosemObject.of(code, count == 1 ? text(0) : allGroups());
    }
  }

  /** (TST)(value*unit); a lone (value*unit) is kept without a capture time. */
  private CosemObject captured(ObisCode code) {
    if (count == 2) {
      return CosemObject.captured(code, quantityOrText(1), string(0));
    }
    return CosemObject.of(code, count == 1 ? quantityOrText(0) : allGroups());
  }

  private CosemObject profile(ObisCode code) {
    if (count <= PROFILE_VALUE) {
      return CosemObject.of(code, allGroups());
    }
    CosemValue.Quantity number = quantity(PROFILE_VALUE);
    if (number == null || number.hasUnit()) {
      return CosemObject.of(code, allGroups());
    }
    CosemValue.Quantity value = new CosemValue.Quantity(number.value(), string(PROFILE_UNIT));
    return CosemObject.captured(code, value, string(PROFILE_TIME));
  }

  /**
   * A code the table does not know: a number with a unit, or a bare number of an electrical
   * measurement, is a quantity; (TST)(value) is a captured value; anything else is text.
   */
  private CosemObject unknown(ObisCode code, long key) {
    if (count == 2 && P1Values.isTimestamp(raw, start(0), end(0))) {
      return CosemObject.captured(code, quantityOrText(1), string(0));
    }
    if (count != 1) {
      return CosemObject.of(code, allGroups());
    }
    CosemValue.Quantity quantity = quantity(0);
    boolean numeric = quantity != null && (quantity.hasUnit() || P1Values.isMeasurement(key));
    return CosemObject.of(code, numeric ? quantity : text(0));
  }

  private CosemValue quantityOrText(int group) {
    CosemValue.Quantity quantity = quantity(group);
    return quantity != null ? quantity : text(group);
  }

  private CosemValue.Quantity quantity(int group) {
    return wrapped[group] ? null : P1Values.quantity(raw, start(group), end(group));
  }

  private CosemValue.Text text(int group) {
    return start(group) == end(group) ? EMPTY : new CosemValue.Text(string(group));
  }

  private String string(int group) {
    return P1Values.text(raw, start(group), end(group), wrapped[group]);
  }

  /** Every group in parentheses: {@code (1)(0-0:96.7.19)(190326095015W)(0000002014*s)}. */
  private CosemValue.Text allGroups() {
    StringBuilder text = new StringBuilder(bounds[2 * count - 1] - bounds[0] + 2);
    for (int group = 0; group < count; group++) {
      text.append('(').append(string(group)).append(')');
    }
    return new CosemValue.Text(text.toString());
  }

  private int start(int group) {
    return bounds[2 * group];
  }

  private int end(int group) {
    return bounds[2 * group + 1];
  }
}
