package io.hanport.app.store;

import io.hanport.codec.obis.CosemObject;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The bytes of one {@link TelegramTemplate} reading: varints and ASCII texts straight into an
 * array, without the stream layers that made writing a telegram cost as much as storing it.
 */
final class CompactWriter {

  private byte[] bytes = new byte[128];
  private int length;

  void writeByte(int value) {
    ensure(1);
    bytes[length++] = (byte) value;
  }

  /** Unsigned LEB128: seven bits a byte, low first. */
  void writeVarint(long value) {
    ensure(10);
    while ((value & ~0x7fL) != 0) {
      bytes[length++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    bytes[length++] = (byte) value;
  }

  /** Writes the length and the characters; false, writing nothing, when the text is not ASCII. */
  boolean writeAscii(String text) {
    if (!isAscii(text)) {
      return false;
    }
    writeVarint(text.length());
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      bytes[length++] = (byte) text.charAt(i);
    }
    return true;
  }

  /** An object the template cannot express, in {@link TelegramCodec}'s form. */
  void writeObject(CosemObject object) {
    ByteArrayOutputStream encoded = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(encoded)) {
      TelegramCodec.writeObject(out, object);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    byte[] written = encoded.toByteArray();
    ensure(written.length);
    System.arraycopy(written, 0, bytes, length, written.length);
    length += written.length;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
