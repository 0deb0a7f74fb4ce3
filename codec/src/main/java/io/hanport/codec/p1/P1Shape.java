package io.hanport.codec.p1;

import io.hanport.codec.obis.CosemObject;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The layout of the last telegram a meter sent: where each object's code and value groups lie,
 * with every byte fixed except the digits of its values. A meter sends the same objects in the
 * same order every time and pads each value to a fixed width ({@code 00006678.394*kWh}, as in every
 * capture under captures/p1), so the next telegram usually differs only in digits. When it does,
 * its objects are built from the recorded layout, skipping the search for codes, parentheses and
 * line ends (issue 2's performance target); any other difference, even one byte, sends it through
 * the line reader.
 *
 * <p>The result is the line reader's by construction: which lines, codes and value groups a
 * telegram has depends only on bytes other than value digits ('(', ')', line ends, code text), and
 * each value is still built from the new telegram's bytes by the same {@link P1ObjectBuilder}. A
 * plain quantity ({@code (00006678.394*kWh)}) is rebuilt from its digit positions alone, so its
 * sign, point and unit bytes stay fixed and only the number's digits are free.
 */
final class P1Shape {

  private static final VarHandle LITTLE_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ZEROS = 0x3030303030303030L;
  private static final long SIXES = 0x0606060606060606L;
  private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;

  private final int end;
  private final String header;
  /** The telegram's bytes through '!', eight per word, with '0' at every free digit. */
  private final long[] template;
  /** 0xFF at every byte that may be any digit, 0 where the byte must equal the template's. */
  private final long[] freeDigits;

  private final P1ObjectLayout[] objects;

  /** The shape of {@code raw}, whose '!' is at {@code end} and whose objects lie as given. */
  P1Shape(byte[] raw, int end, String header, P1ObjectLayout[] objects) {
    this.end = end;
    this.header = header;
    this.objects = objects;
    int words = (end + Long.BYTES) / Long.BYTES;
    this.template = new long[words];
    this.freeDigits = new long[words];
    byte[] free = new byte[words * Long.BYTES];
    for (P1ObjectLayout object : objects) {
      object.markFreeDigits(raw, free);
    }
    int last = words - 1;
    for (int word = 0; word < words; word++) {
      long bytes = word < last ? (long) LITTLE_ENDIAN_LONGS.get(raw, word * Long.BYTES)
          : tail(raw, word * Long.BYTES);
      freeDigits[word] = (long) LITTLE_ENDIAN_LONGS.get(free, word * Long.BYTES);
      template[word] = bytes & ~freeDigits[word] | ZEROS & freeDigits[word];
    }
  }

  String header() {
    return header;
  }

  /**
   * Whether {@code raw}, whose '!' is at {@code end}, equals the recorded telegram in every byte
   * but free digits, and has a digit at each of those.
   */
  boolean matches(byte[] raw, int end) {
    if (end != this.end) {
      return false;
    }
    int last = template.length - 1;
    for (int word = 0; word < last; word++) {
      if (difference((long) LITTLE_ENDIAN_LONGS.get(raw, word * Long.BYTES), word) != 0) {
        return false;
      }
    }
    return difference(tail(raw, last * Long.BYTES), last) == 0;
  }

  /** The objects of a telegram that {@link #matches} this shape. */
  void buildObjects(byte[] raw, P1ObjectBuilder builder, CosemObject[] into) {
    for (int i = 0; i < objects.length; i++) {
      into[i] = objects[i].build(raw, builder);
    }
  }

  int objectCount() {
    return objects.length;
  }

  /**
   * Nonzero where a fixed byte differs or a free byte is not a digit. A free byte is compared
   * against '0': XOR leaves 0..9 for a digit, which adding 6 keeps below 0x10; anything else sets
   * a high nibble (a carry out of a byte only comes from one already flagged).
   */
  private long difference(long word, int index) {
    long changed = word ^ template[index];
    long free = freeDigits[index];
    long digits = changed & free;
    return (changed & ~free) | ((digits | (digits + SIXES)) & HIGH_NIBBLES);
  }

  /** The bytes of the last word through '!', zero after it. */
  private long tail(byte[] raw, int from) {
    long word = 0;
    for (int i = end; i >= from; i--) {
      word = (word << Byte.SIZE) | (raw[i] & 0xFF);
    }
    return word;
  }
}
