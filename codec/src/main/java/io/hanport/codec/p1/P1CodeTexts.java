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

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long OPENINGS = ONES * '(';

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
      byte[] padded = Arrays.copyOf(text, 2 * Long.BYTES);
      long first = (long) LITTLE_ENDIAN_LONGS.get(padded, 0);
      long second = secondWord((long) LITTLE_ENDIAN_LONGS.get(padded, Long.BYTES), text.length);
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

  /**
   * The spec whose code is written exactly as {@code raw[from, open)}, where {@code open} is the
   * first '(' within fifteen bytes; null when there is none or the text is not in the table. The
   * code's text is {@link P1ObjectSpec#textLength} bytes long.
   */
  static P1ObjectSpec lookup(byte[] raw, int from) {
    if (from + 2 * Long.BYTES > raw.length) {
      return null;
    }
    long firstBytes = (long) LITTLE_ENDIAN_LONGS.get(raw, from);
    long secondBytes = (long) LITTLE_ENDIAN_LONGS.get(raw, from + Long.BYTES);
    int length = openingIndex(firstBytes, secondBytes);
    if (length > MAX_LENGTH) {
      return null;
    }
    long first = firstBytes & bytesMask(length);
    long second = secondWord(secondBytes, length);
    for (int slot = slot(first, second); SPECS[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
      if (FIRST_WORDS[slot] == first && SECOND_WORDS[slot] == second) {
        return SPECS[slot];
      }
    }
    return null;
  }

  /** The index of the first '(' in the sixteen bytes, or 16 (SWAR, as {@link ByteScan}). */
  private static int openingIndex(long firstBytes, long secondBytes) {
    long inFirst = zeroBytes(firstBytes ^ OPENINGS);
    if (inFirst != 0) {
      return Long.numberOfTrailingZeros(inFirst) >>> 3;
    }
    return Long.BYTES + (Long.numberOfTrailingZeros(zeroBytes(secondBytes ^ OPENINGS)) >>> 3);
  }

  /** The high bit of each zero byte; only bytes above a zero byte may be flagged falsely. */
  private static long zeroBytes(long word) {
    return (word - ONES) & ~word & HIGH_BITS;
  }

  /** Bytes 8..14 of a text {@code length} long, zero past its end, the length in the top byte. */
  private static long secondWord(long secondBytes, int length) {
    return secondBytes & bytesMask(Math.max(0, length - Long.BYTES)) & (-1L >>> Byte.SIZE)
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
