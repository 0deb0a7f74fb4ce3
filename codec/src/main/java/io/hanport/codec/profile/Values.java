package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.dlms.CosemDateTime;
import io.hanport.codec.obis.CosemValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns A-XDR values into {@link CosemValue}s: numbers scaled, strings readable. */
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
    if (tree.isInteger(node)) {
      BigDecimal value =
          tree.fitsInLong(node)
              ? scale.apply(tree.longValue(node))
              : scale.apply(tree.decimal(node));
      return new CosemValue.Quantity(value, scale.unit());
    }
    if (tree.isOctets(node)) {
      return new CosemValue.Text(octets(tree, node));
    }
    if (tree.isVisibleText(node)) {
      return new CosemValue.Text(tree.text(node));
    }
    if (tree.isReal(node)) {
      String digits = realDigits(tree, node);
      return Double.isFinite(tree.doubleValue(node))
          ? new CosemValue.Quantity(scale.apply(new BigDecimal(digits)), scale.unit())
          : new CosemValue.Text(digits);
    }
    if (tree.tag(node) == BOOLEAN) {
      return new CosemValue.Text(Boolean.toString(tree.longValue(node) != 0));
    }
    return new CosemValue.Text(hex(tree, node));
  }

  /**
   * A number whose scale and unit no one knows, kept as the text of its raw digits: a quantity
   * without a unit would be read in its object's DSMR unit (a bare 1.8.0 as kWh), a wrong mapping.
   */
  static CosemValue unscaled(AxdrTree tree, int node) {
    if (tree.isInteger(node)) {
      return new CosemValue.Text(tree.decimal(node).toPlainString());
    }
    // NaN and infinities have no decimal form (a fuzzing find); they stay as Java writes them.
    String digits = realDigits(tree, node);
    return new CosemValue.Text(
        Double.isFinite(tree.doubleValue(node)) ? new BigDecimal(digits).toPlainString() : digits);
  }

  static boolean isNumber(AxdrTree tree, int node) {
    return tree.isInteger(node) || tree.isReal(node);
  }

  static boolean isText(AxdrTree tree, int node) {
    return tree.isOctets(node) || tree.isVisibleText(node);
  }

  /** The text of a string value, as {@link #convert} writes it. */
  static String text(AxdrTree tree, int node) {
    return tree.isVisibleText(node) ? tree.text(node) : octets(tree, node);
  }

  /** A 12-byte octet string holding a real COSEM date-time. */
  static boolean isDateTime(AxdrTree tree, int node) {
    return tree.isOctets(node) && dateTime(tree, node).isPresent();
  }

  /** The shortest decimal that reads back as the same float, not the binary expansion. */
  private static String realDigits(AxdrTree tree, int node) {
    double value = tree.doubleValue(node);
    return tree.tag(node) == FLOAT32 ? Float.toString((float) value) : Double.toString(value);
  }

  /** A date-time as ISO-8601, printable ASCII as text (ids: READING.md), anything else as hex. */
  private static String octets(AxdrTree tree, int node) {
    Optional<String> dateTime = dateTime(tree, node);
    if (dateTime.isPresent()) {
      return dateTime.get();
    }
    int length = tree.length(node);
    for (int i = 0; i < length; i++) {
      int b = tree.byteAt(node, i);
      if (b < 0x20 || b > 0x7E) {
        return hex(tree, node);
      }
    }
    return new String(tree.source(), tree.start(node), length, StandardCharsets.US_ASCII);
  }

  private static Optional<String> dateTime(AxdrTree tree, int node) {
    return tree.length(node) == CosemDateTime.LENGTH
        ? CosemDateTime.read(tree.source(), tree.start(node)).toIso()
        : Optional.empty();
  }

  private static String hex(AxdrTree tree, int node) {
    int length = tree.length(node);
    char[] text = new char[length * 2];
    for (int i = 0; i < length; i++) {
      int b = tree.byteAt(node, i);
      text[2 * i] = HEX[b >> 4];
      text[2 * i + 1] = HEX[b & 0xF];
    }
    return new String(text);
  }
}
