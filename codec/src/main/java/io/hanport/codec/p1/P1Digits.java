package io.hanport.codec.p1;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Decimal digits to a long eight at a time: one word load and three multiplies per eight digits
 * (SWAR, as in Lemire's "Fast number parsing") instead of a multiply-add chain per digit. A
 * Swedish telegram carries some twenty six numbers of eleven digits (issue 2's performance target).
 */
final class P1Digits {

  private static final VarHandle LITTLE_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ZEROS = 0x3030303030303030L;
  private static final long EIGHT_DIGITS = 100_000_000L;
  private static final long[] POWERS_OF_TEN = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, EIGHT_DIGITS
  };

  private P1Digits() {}

  /**
   * {@code accumulated × 10^(to − from)} plus the number written in {@code raw[from, to)}, which
   * must hold only ASCII digits. Overflows silently past 18 digits in all: callers bound the count.
   */
  static long append(byte[] raw, int from, int to, long accumulated) {
    long value = accumulated;
    int i = from;
    for (; to - i >= Long.BYTES; i += Long.BYTES) {
      value = value * EIGHT_DIGITS + eightDigits((long) LITTLE_ENDIAN_LONGS.get(raw, i));
    }
    int rest = to - i;
    if (rest == 0) {
      return value;
    }
    if (i + Long.BYTES > raw.length) {
      for (; i < to; i++) {
        value = value * 10 + (raw[i] - '0');
      }
      return value;
    }
    long word = (long) LITTLE_ENDIAN_LONGS.get(raw, i);
    return value * powerOfTen(rest) + eightDigits(leadingZeros(word, rest));
  }

  /** 10 to the power {@code digits}, 0 to 8: what a run of that many digits shifts a number by. */
  static long powerOfTen(int digits) {
    return POWERS_OF_TEN[digits];
  }

  /** The {@link #endingAt} mask of a run of {@code count} (0 to 8) digits. */
  static long runMask(int count) {
    return count == 0 ? 0 : -1L << (Byte.SIZE * (Long.BYTES - count));
  }

  /**
   * The number written in the digits that end just before {@code raw[to]}, {@code to} being at
   * least 8, as many as {@code runMask} says: one word load and no branch, for a run whose place
   * is known in advance ({@link P1ObjectLayout}).
   */
  static long endingAt(byte[] raw, int to, long runMask) {
    long word = (long) LITTLE_ENDIAN_LONGS.get(raw, to - Long.BYTES);
    return eightDigits(word & runMask | ZEROS & ~runMask);
  }

  /**
   * The first {@code count} (1 to 7) bytes of {@code word} moved up to its last bytes, with '0'
   * before them: "394*kWh)" with count 3 becomes "00000394".
   */
  private static long leadingZeros(long word, int count) {
    int unused = Byte.SIZE * (Long.BYTES - count);
    return word << unused | ZEROS >>> (Long.SIZE - unused);
  }

  /** Eight ASCII digits, the first (most significant) in the lowest byte. */
  private static long eightDigits(long word) {
    long digits = word - ZEROS;
    long pairs = digits * 10 + (digits >>> 8);
    long lowPairs = pairs & 0x000000FF000000FFL;
    long highPairs = (pairs >>> 16) & 0x000000FF000000FFL;
    return (lowPairs * (100 + (1_000_000L << 32)) + highPairs * (1 + (10_000L << 32))) >>> 32;
  }
}
