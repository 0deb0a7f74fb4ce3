package io.hanport.codec.dlms;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A-XDR leaf values read straight from their bytes: a tag, and a content of {@code length} bytes at
 * {@code start}. {@link AxdrTree} reads its nodes through these, and so can a decoder that already
 * knows where a value sits.
 */
public final class AxdrValues {

  private AxdrValues() {}

  /** Any integer type from integer (0F) to long64-unsigned (15), double-long (05/06), or enum. */
  public static boolean isInteger(int tag) {
    return Axdr.isInteger(tag);
  }

  public static boolean isReal(int tag) {
    return tag == Axdr.FLOAT32 || tag == Axdr.FLOAT64;
  }

  /** An octet string, or the fixed-size date-time, date and time types. */
  public static boolean isOctets(int tag) {
    return tag == Axdr.OCTET_STRING
        || tag == Axdr.DATE_TIME
        || tag == Axdr.DATE
        || tag == Axdr.TIME;
  }

  public static boolean isVisibleText(int tag) {
    return tag == Axdr.VISIBLE_STRING || tag == Axdr.UTF8_STRING;
  }

  /** The value of an integer, boolean or float (a float's bits), sign-extended if signed. */
  public static long longValue(byte[] source, int start, int length, int tag) {
    long value = 0;
    for (int i = start; i < start + length; i++) {
      value = value << 8 | (source[i] & 0xFF);
    }
    if (length > 0 && length < 8 && Axdr.isSigned(tag)) {
      int unusedBits = 64 - 8 * length;
      value = value << unusedBits >> unusedBits;
    }
    return value;
  }

  /** False only for a long64-unsigned beyond {@link Long#MAX_VALUE}: use {@link #decimal}. */
  public static boolean fitsInLong(long value, int tag) {
    return tag != Axdr.LONG64_UNSIGNED || value >= 0;
  }

  /** An integer's value as a decimal, long64-unsigned beyond the signed range too. */
  public static BigDecimal decimal(long value, int tag) {
    if (!fitsInLong(value, tag)) {
      return new BigDecimal(Long.toUnsignedString(value));
    }
    return BigDecimal.valueOf(value);
  }

  public static double doubleValue(long bits, int tag) {
    return tag == Axdr.FLOAT32 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
  }

  /** A visible-string or utf8-string's text. */
  public static String text(byte[] source, int start, int length, int tag) {
    return new String(
        source,
        start,
        length,
        tag == Axdr.UTF8_STRING ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }
}
