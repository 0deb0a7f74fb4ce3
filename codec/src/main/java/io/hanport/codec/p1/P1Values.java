package io.hanport.codec.p1;

import io.hanport.codec.obis.CosemValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one value group into a value, straight from the telegram's byte array: no
 * regex, no substring per field. Bytes are read as ISO-8859-1, so 0x02 or 0xFF padding in a text
 * object (PROTOCOLS.md §5, Hungary) survives as one char each and no input can fail to decode.
 */
final class P1Values {

  /** A unit without '*' (e-MUCS {@code 000123.456kWh}) is this short and starts with a letter. */
  private static final int MAX_BARE_UNIT_LENGTH = 6;

  /** Up to 18 digits fit a long; longer numbers take BigDecimal's string parser. */
  private static final int MAX_LONG_DIGITS = 18;

  private P1Values() {}

  /**
   * {@code digits[.digits][*unit | unit]}, as sent: {@code 00006678.394*kWh} is 6678.394 kWh with
   * its scale kept; a bare number has unit "". Returns null when the bytes are not a quantity.
   */
  static CosemValue.Quantity quantity(byte[] raw, int from, int to) {
    boolean negative = from < to && raw[from] == '-';
    int i = negative ? from + 1 : from;
    long unscaled = 0;
    int digitsStart = i;
    for (; i < to && isDigit(raw[i]); i++) {
      unscaled = unscaled * 10 + (raw[i] - '0');
    }
    int integerDigits = i - digitsStart;
    int scale = 0;
    if (i < to && raw[i] == '.') {
      int fractionStart = ++i;
      for (; i < to && isDigit(raw[i]); i++) {
        unscaled = unscaled * 10 + (raw[i] - '0');
      }
      scale = i - fractionStart;
    }
    String unit = integerDigits + scale == 0 ? null : unit(raw, i, to);
    if (unit == null) {
      return null;
    }
    if (integerDigits + scale > MAX_LONG_DIGITS) {
      return new CosemValue.Quantity(
          new BigDecimal(new String(raw, from, i - from, StandardCharsets.ISO_8859_1)), unit);
    }
    return CosemValue.Quantity.of(negative ? -unscaled : unscaled, scale, unit);
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /** The group's text, without the line breaks of a value wrapped over lines (openHAB dsmr_42). */
  static String text(byte[] raw, int from, int to, boolean wrapped) {
    if (!wrapped) {
      return new String(raw, from, to - from, StandardCharsets.ISO_8859_1);
    }
    StringBuilder text = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (raw[i] != '\r' && raw[i] != '\n') {
        text.append((char) (raw[i] & 0xFF));
      }
    }
    return text.toString();
  }

  /**
   * True for a code that measures something electrical (A = 1, C = 1..95: IEC 62056-61), whose
   * bare number is a quantity. C = 0 (ids, versions, dates) and C = 96..99 (service, status,
   * lists, logs) hold text even when it is all digits.
   */
  static boolean isMeasurement(long key) {
    int a = (int) (key >>> 40) & 0xFF;
    int c = (int) (key >>> 24) & 0xFF;
    return a == 1 && c >= 1 && c <= 95;
  }

  /** DSMR timestamp YYMMDDhhmmssX, X = W or S; Belgian placeholders like 632525252525W pass too. */
  static boolean isTimestamp(byte[] raw, int from, int to) {
    if (to - from != 13 || (raw[to - 1] != 'W' && raw[to - 1] != 'S')) {
      return false;
    }
    for (int i = from; i < to - 1; i++) {
      if (raw[i] < '0' || raw[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /** "" at the group's end, the text after '*', or a short bare unit; null for anything else. */
  private static String unit(byte[] raw, int from, int to) {
    if (from == to) {
      return "";
    }
    if (raw[from] == '*') {
      return KnownUnits.intern(raw, from + 1, to);
    }
    if (to - from > MAX_BARE_UNIT_LENGTH || !Character.isLetter(raw[from])) {
      return null;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isLetterOrDigit(raw[i])) {
        return null;
      }
    }
    return KnownUnits.intern(raw, from, to);
  }
}
