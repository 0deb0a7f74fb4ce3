package io.hanport.codec.p1;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The bytes of the telegram {@link P1Framer} is reading, and their running CRC-16/ARC.
 *
 * <p>For issue 2's performance target a telegram is read in one pass and copied once: while it
 * lies in the chunk being fed, its bytes stay in the caller's array and only the finished frame is
 * copied out; only a telegram still unfinished when the chunk ends is copied into the framer's own
 * buffer. The scan for the telegram's {@code !} and the CRC share each sixteen-byte load.
 */
final class TelegramBytes {

  private static final VarHandle LITTLE_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int BLOCK = 2 * Long.BYTES;
  private static final long END_PATTERN = ByteScan.pattern(P1Framer.END);
  private static final long START_PATTERN = ByteScan.pattern(P1Framer.START);

  private final byte[] buffer;
  /** The chunk being fed, while the telegram's bytes are {@code chunk[chunkStart, +length)}. */
  private byte[] chunk;
  /** Where the telegram starts in {@link #chunk}, or -1 while its bytes are in the buffer. */
  private int chunkStart = -1;
  private int length;
  private int crc;

  TelegramBytes(int maxLength) {
    buffer = new byte[maxLength];
  }

  /** A telegram starts at {@code data[at]}, its {@code /}. */
  void begin(byte[] data, int at) {
    chunk = data;
    chunkStart = at;
    length = 1;
    crc = Crc16Arc.update(0, P1Framer.START);
  }

  /**
   * The telegram goes on with {@code data[from, from + count)}, the bytes right after its own so
   * far in the chunk being fed.
   */
  void extend(byte[] data, int from, int count) {
    if (chunkStart < 0) {
      System.arraycopy(data, from, buffer, length, count);
    }
    length += count;
  }

  /**
   * The index of the first {@code !} or {@code /} in {@code data[from, to)}, or {@code to}; the
   * bytes before it go into the CRC (they must then {@link #extend} the telegram).
   */
  int scanAndCheck(byte[] data, int from, int to) {
    int running = crc;
    int i = from;
    for (; i + BLOCK <= to; i += BLOCK) {
      long first = (long) LITTLE_ENDIAN_LONGS.get(data, i);
      long second = (long) LITTLE_ENDIAN_LONGS.get(data, i + Long.BYTES);
      if ((ByteScan.matchesEither(first, END_PATTERN, START_PATTERN)
              | ByteScan.matchesEither(second, END_PATTERN, START_PATTERN))
          != 0) {
        break;
      }
      running = Crc16Arc.update(running, first, second);
    }
    for (; i < to && data[i] != P1Framer.END && data[i] != P1Framer.START; i++) {
      running = Crc16Arc.update(running, data[i]);
    }
    crc = running;
    return i;
  }

  /** One byte found by {@link #scanAndCheck} that belongs to the checked bytes after all. */
  void check(byte b) {
    crc = Crc16Arc.update(crc, b);
  }

  /** The chunk is over: a telegram still being read must keep its bytes itself. */
  void endOfChunk(boolean reading) {
    if (reading && chunkStart >= 0) {
      System.arraycopy(chunk, chunkStart, buffer, 0, length);
    }
    chunkStart = -1;
    chunk = null;
  }

  byte last() {
    return chunkStart >= 0 ? chunk[chunkStart + length - 1] : buffer[length - 1];
  }

  int length() {
    return length;
  }

  /** The CRC-16/ARC of every byte checked since {@link #begin}. */
  int crc() {
    return crc;
  }

  byte[] toArray() {
    return chunkStart >= 0
        ? Arrays.copyOfRange(chunk, chunkStart, chunkStart + length)
        : Arrays.copyOf(buffer, length);
  }
}
