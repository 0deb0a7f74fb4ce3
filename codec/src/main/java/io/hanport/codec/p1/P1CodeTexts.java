package io.hanport.codec.p1;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The objects of {@link P1ObjectSpecs} by the text a telegram writes their codes in ({@code
 * 1-0:1.7.0}): up to fifteen bytes packed into two longs with their length, looked up in an
 * open-addressing table. A code written that way, as meters write nearly every code, is found
 * with two word loads and one hash instead of a parse byte by byte and a second lookup by value;
 * any other spelling ({@code 1-0:1.7.0.255}, {@code *255}, unknown codes) is left to the parser.
 */
final class P1CodeTexts {

  private static final VarHandle LITTLE_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Texts up to this long fit two longs with the length in the top byte. */
  private static final int MAX_LENGTH = 2 * Long.BYTES - 1;

  /** Open addressing stays fast while at most half the slots are used. */
  private static final int SLOTS = 256;

  private static final long[] FIRST_WORDS = new long[SLOTS];
  private static final long[] SECOND_WORDS = new long[SLOTS];
  private static final P1ObjectSpec[] SPECS = new P1ObjectSpec[SLOTS];

  static {
    for (P1ObjectSpec spec : P1ObjectSpecs.all()) {
      byte[] text = spec.code().toString().getBytes(StandardCharsets.ISO_8859_1);
      // Padded, so that the word loads below read eight bytes where the text has fewer.
      byte[] padded = Arrays.copyOf(text, 2 * Long.BYTES);
      long first = firstWord(padded, 0, text.length);
      long second = secondWord(padded, 0, text.length);
      int slot = slot(first, second);
      while (SPECS[slot] != null) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      FIRST_WORDS[slot] = first;
      SECOND_WORDS[slot] = second;
      SPECS[slot] = spec;
    }
  }

  private P1CodeTexts() {}

  /** The spec whose code is written exactly {@code raw[from, to)}, or null. */
  static P1ObjectSpec lookup(byte[] raw, int from, int to) {
    int length = to - from;
    if (length > MAX_LENGTH || from + 2 * Long.BYTES > raw.length) {
      return null;
    }
    long first = firstWord(raw, from, length);
    long second = secondWord(raw, from, length);
    for (int slot = slot(first, second); SPECS[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
      if (FIRST_WORDS[slot] == first && SECOND_WORDS[slot] == second) {
        return SPECS[slot];
      }
    }
    return null;
  }

  /** Bytes 0..7 of the text, first byte lowest, zero past its end. */
  private static long firstWord(byte[] raw, int from, int length) {
    return (long) LITTLE_ENDIAN_LONGS.get(raw, from) & bytesMask(length);
  }

  /** Bytes 8..14, zero past the text's end, and the length in the top byte. */
  private static long secondWord(byte[] raw, int from, int length) {
    long bytes = (long) LITTLE_ENDIAN_LONGS.get(raw, from + Long.BYTES);
    return bytes & bytesMask(Math.max(0, length - Long.BYTES)) & (-1L >>> Byte.SIZE)
        | (long) length << (Byte.SIZE * (Long.BYTES - 1));
  }

  /** A mask of the lowest {@code count} bytes, 0 to 8. */
  private static long bytesMask(int count) {
    return count >= Long.BYTES ? -1L : (1L << (Byte.SIZE * count)) - 1;
  }

  private static int slot(long first, long second) {
    long mixed = first * 0x9E3779B97F4A7C15L + second * 0xC2B2AE3D27D4EB4FL;
    return (int) (mixed >>> 56);
  }
}
