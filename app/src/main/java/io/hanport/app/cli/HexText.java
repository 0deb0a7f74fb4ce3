package io.hanport.app.cli;

import java.util.Arrays;

/**
 * Hex text to bytes, the form of {@code *.hex} captures: hex digits in either case, whitespace and
 * line breaks anywhere between them (one line per frame in the test-data manifest).
 */
final class HexText {

  private HexText() {}

  /** Where a {@code .hex} capture stops being hex, as "line L, column C: …" for the user. */
  static final class MalformedHexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedHexException(String message) {
      super(message, null, false, false);
    }
  }

  static byte[] decode(CharSequence text) {
    byte[] bytes = new byte[text.length() / 2];
    int count = 0;
    int high = -1;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        line++;
        lineStart = i + 1;
      }
      if (Character.isWhitespace(ch)) {
        continue;
      }
      int digit = Character.digit(ch, 16);
      if (digit < 0 || ch > 'f') {
        throw new MalformedHexException(
            "line "
                + line
                + ", column "
                + (i - lineStart + 1)
                + ": "
                + describe(ch)
                + " is not a hex digit");
      }
      if (high < 0) {
        high = digit;
      } else {
        bytes[count++] = (byte) (high << 4 | digit);
        high = -1;
      }
    }
    if (high >= 0) {
      throw new MalformedHexException("has an odd number of hex digits; each byte is two digits");
    }
    return Arrays.copyOf(bytes, count);
  }

  private static String describe(char ch) {
    return ch >= 0x21 && ch < 0x7F ? "'" + ch + "'" : String.format("character 0x%02X", (int) ch);
  }
}
