package io.hanport.codec.dlms.testing;

/** Hex text to bytes: whitespace and line breaks are not significant (MANIFEST.md conventions). */
public final class Hex {

  private Hex() {}

  public static byte[] bytes(String hex) {
    String digits = hex.replaceAll("\\s+", "");
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException("odd number of hex digits");
    }
    byte[] bytes = new byte[digits.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }

  public static String text(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      text.append(String.format("%02X", b));
    }
    return text.toString();
  }
}
