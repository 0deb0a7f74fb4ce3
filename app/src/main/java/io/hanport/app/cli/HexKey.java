package io.hanport.app.cli;

import io.hanport.codec.DecoderOptions;
import java.util.Optional;

/** An AES-128 key as the grid company hands it out: 32 hex digits (DLMS security suite 0). */
final class HexKey {

  private static final int KEY_BYTES = DecoderOptions.KEY_LENGTH;

  private HexKey() {}

  /** The key's 16 bytes, or empty when the text is not exactly 32 hex digits. */
  static Optional<byte[]> parse(String text) {
    if (text.length() != 2 * KEY_BYTES) {
      return Optional.empty();
    }
    byte[] key = new byte[KEY_BYTES];
    for (int i = 0; i < KEY_BYTES; i++) {
      int high = hexDigit(text.charAt(2 * i));
      int low = hexDigit(text.charAt(2 * i + 1));
      if (high < 0 || low < 0) {
        return Optional.empty();
      }
      key[i] = (byte) (high << 4 | low);
    }
    return Optional.of(key);
  }

  private static int hexDigit(char ch) {
    return ch > 'f' ? -1 : Character.digit(ch, 16);
  }
}
