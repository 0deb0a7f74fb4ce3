package io.hanport.codec.p1;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the next of two byte values eight bytes at a time (SWAR: "SIMD within a register"). The
 * framer looks for '!' and '/' in every telegram byte; one long compare per eight bytes instead
 * of sixteen byte compares is a large part of meeting issue 2's performance target.
 */
final class ByteScan {

  private static final VarHandle LITTLE_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private ByteScan() {}

  /**
   * The index of the first {@code a} or {@code b} in {@code data[from, to)}, or {@code to}.
   *
   * <p>{@link #matchesEither} is written out here: called through it, the loop P1LineReader runs
   * on every line compiled slower (issue 2's performance target).
   */
  static int indexOfEither(byte[] data, int from, int to, byte a, byte b) {
    long aPattern = ONES * (a & 0xFF);
    long bPattern = ONES * (b & 0xFF);
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) LITTLE_ENDIAN_LONGS.get(data, i);
      long found = zeroBytes(word ^ aPattern) | zeroBytes(word ^ bPattern);
      if (found != 0) {
        // The lowest flagged byte is always a true match; only bytes above one can be false.
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (data[i] == a || data[i] == b) {
        return i;
      }
    }
    return to;
  }

  /** {@code b} in each of a long's eight bytes, for {@link #matchesEither}. */
  static long pattern(byte b) {
    return ONES * (b & 0xFF);
  }

  /**
   * Nonzero when a byte of {@code word} equals either pattern's byte: then the lowest set bit is
   * the high bit of the first such byte (little-endian). Bytes above it may be flagged falsely.
   */
  static long matchesEither(long word, long aPattern, long bPattern) {
    return zeroBytes(word ^ aPattern) | zeroBytes(word ^ bPattern);
  }

  /** The high bit of each byte of {@code word} that is zero (plus, possibly, bytes above one). */
  private static long zeroBytes(long word) {
    return (word - ONES) & ~word & HIGH_BITS;
  }
}
