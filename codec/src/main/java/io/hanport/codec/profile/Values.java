package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.dlms.AxdrValues;
import io.hanport.codec.dlms.CosemDateTime;
import io.hanport.codec.obis.CosemValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns A-XDR values into {@link CosemValue}s: numbers scaled, strings readable. Each conversion
 * works on a leaf's tag and bytes, so a tree node and a value found by a {@link ListTemplate}
 * convert the same way.
 */
final class Values {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final int NULL_DATA = 0x00;
  private static final int BOOLEAN = 0x03;
  private static final int FLOAT32 = 0x17;

  private Values() {}

  /** Whether the node is one value: not null-data, and not a nested list. */
  static boolean isSingleValue(AxdrTree tree, int node) {
    return tree.tag(node) != NULL_DATA && !tree.isList(node);
  }

  /** The value as the meter meant it; the node is a {@link #isSingleValue single value}. */
  static CosemValue convert(AxdrTree tree, int node, Scale scale) {
    return convert(tree.source(), tree.start(node), tree.length(node), tree.tag(node), scale);
  }

  static CosemValue convert(byte[] source, int start, int length, int tag, Scale scale) {
    if (AxdrValues.isInteger(tag)) {
      long raw = AxdrValues.longValue(source, start, length, tag);
      BigDecimal value =
          AxdrValues.fitsInLong(raw, tag)
              ? scale.apply(raw)
              : scale.apply(AxdrValues.decimal(raw, tag));
      return new CosemValue.Quantity(value, scale.unit());
    }
    if (AxdrValues.isOctets(tag)) {
      return new CosemValue.Text(octets(source, start, length));
    }
    if (AxdrValues.isVisibleText(tag)) {
      return new CosemValue.Text(AxdrValues.text(source, start, length, tag));
    }
    if (AxdrValues.isReal(tag)) {
      double value = AxdrValues.doubleValue(AxdrValues.longValue(source, start, length, tag), tag);
      String digits = realDigits(value, tag);
      return Double.isFinite(value)
          ? new CosemValue.Quantity(scale.apply(new BigDecimal(digits)), scale.unit())
          : new CosemValue.Text(digits);
    }
    if (tag == BOOLEAN) {
      return new CosemValue.Text(Boolean.toString(source[start] != 0));
    }
    return new CosemValue.Text(hex(source, start, length));
  }

  /**
   * A number whose scale and unit no one knows, kept as the text of its raw digits: a quantity
   * without a unit would be read in its object's DSMR unit (a bare 1.8.0 as kWh), a wrong mapping.
   */
  static CosemValue unscaled(AxdrTree tree, int node) {
    return unscaled(tree.source(), tree.start(node), tree.length(node), tree.tag(node));
  }

  static CosemValue unscaled(byte[] source, int start, int length, int tag) {
    long raw = AxdrValues.longValue(source, start, length, tag);
    if (AxdrValues.isInteger(tag)) {
      return new CosemValue.Text(AxdrValues.decimal(raw, tag).toPlainString());
    }
    // NaN and infinities have no decimal form (a fuzzing find); they stay as Java writes them.
    double value = AxdrValues.doubleValue(raw, tag);
    String digits = realDigits(value, tag);
    return new CosemValue.Text(
        Double.isFinite(value) ? new BigDecimal(digits).toPlainString() : digits);
  }

  static boolean isNumber(AxdrTree tree, int node) {
    return tree.isInteger(node) || tree.isReal(node);
  }

  static boolean isText(AxdrTree tree, int node) {
    return tree.isOctets(node) || tree.isVisibleText(node);
  }

  /** The text of a string value, as {@link #convert} writes it. */
  static String text(AxdrTree tree, int node) {
    return tree.isVisibleText(node)
        ? tree.text(node)
        : octets(tree.source(), tree.start(node), tree.length(node));
  }

  /** A 12-byte octet string holding a real COSEM date-time. */
  static boolean isDateTime(AxdrTree tree, int node) {
    return tree.isOctets(node)
        && dateTime(tree.source(), tree.start(node), tree.length(node)).isPresent();
  }

  /** The shortest decimal that reads back as the same float, not the binary expansion. */
  private static String realDigits(double value, int tag) {
    return tag == FLOAT32 ? Float.toString((float) value) : Double.toString(value);
  }

  /** A date-time as ISO-8601, printable ASCII as text (ids: READING.md), anything else as hex. */
  private static String octets(byte[] source, int start, int length) {
    Optional<String> dateTime = dateTime(source, start, length);
    if (dateTime.isPresent()) {
      return dateTime.get();
    }
    for (int i = start; i < start + length; i++) {
      if (source[i] < 0x20 || source[i] > 0x7E) {
        return hex(source, start, length);
      }
    }
    return new String(source, start, length, StandardCharsets.US_ASCII);
  }

  private static Optional<String> dateTime(byte[] source, int start, int length) {
    return length == CosemDateTime.LENGTH
        ? CosemDateTime.read(source, start).toIso()
        : Optional.empty();
  }

  private static String hex(byte[] source, int start, int length) {
    char[] text = new char[length * 2];
    for (int i = 0; i < length; i++) {
      int b = source[start + i] & 0xFF;
      text[2 * i] = HEX[b >> 4];
      text[2 * i + 1] = HEX[b & 0xF];
    }
    return new String(text);
  }
}
