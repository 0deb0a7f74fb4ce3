package io.hanport.codec.reading;

/**
 * DSMR equipment ids are hex of ASCII ({@code 4B38…} = {@code K8…}, DSMR5 §6.12); Smarty's logical
 * device name likewise (PROTOCOLS.md §4). Decoded only when every byte is printable, so ids that
 * merely look like hex ({@code ADC3100000158491}, {@code 00000000000000}) stay as sent.
 */
final class HexText {

  private HexText() {}

  static String decodeIfPrintable(String text) {
    int length = text.length();
    if (length == 0 || length % 2 != 0) {
      return text;
    }
    char[] decoded = new char[length / 2];
    for (int i = 0; i < decoded.length; i++) {
      int high = Character.digit(text.charAt(2 * i), 16);
      int low = Character.digit(text.charAt(2 * i + 1), 16);
      int ascii = high << 4 | low;
      if (high < 0 || low < 0 || ascii < 0x20 || ascii > 0x7E) {
        return text;
      }
      decoded[i] = (char) ascii;
    }
    return new String(decoded);
  }
}
