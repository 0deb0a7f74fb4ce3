package io.hanport.app.source;

import java.util.Optional;

/** Hex text as captures and bridges write it: pairs of hex digits, whitespace anywhere. */
final class HexBytes {

  private HexBytes() {}

  /**
   * The bytes that {@code text} spells; empty when it holds anything but hex digits and whitespace,
   * an odd number of digits, or no digit at all.
   */
  static Optional<byte[]> decode(byte[] text) {
    byte[] bytes = new byte[text.length / 2];
    int digits = 0;
    for (byte ch : text) {
      if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') {
        continue;
      }
      int value = Character.digit(ch, 16);
      if (value < 0 || ch > 'f') {
        return Optional.empty();
      }
      if (digits % 2 == 0) {
        bytes[digits / 2] = (byte) (value << 4);
      } else {
        bytes[digits / 2] |= (byte) value;
      }
      digits++;
    }
    if (digits == 0 || digits % 2 != 0) {
      return Optional.empty();
    }
    return Optional.of(java.util.Arrays.copyOf(bytes, digits / 2));
  }
}
