package io.hanport.app.pipeline;

import java.util.Arrays;

/**
 * The last bytes of a connection's stream, by stream offset, so that a rejection (which names its
 * offset and length) can be shown as a hex dump after the fact. Bounded: older bytes are gone.
 */
final class StreamTail {

  private final byte[] ring;
  private long end;

  StreamTail(int capacity) {
    this.ring = new byte[capacity];
  }

  void append(byte[] data, int count) {
    for (int i = 0; i < count; i++) {
      ring[(int) ((end + i) % ring.length)] = data[i];
    }
    end += count;
  }

  /** A new connection: offsets count from 0 again, as its decoder's do. */
  void reset() {
    end = 0;
  }

  /** Up to {@code max} bytes from {@code offset}, as far as they are still held. */
  byte[] bytes(long offset, int length, int max) {
    long from = Math.max(offset, Math.max(0, end - ring.length));
    long to = Math.min(end, offset + Math.min(length, max));
    if (from >= to) {
      return new byte[0];
    }
    byte[] out = new byte[(int) (to - from)];
    for (int i = 0; i < out.length; i++) {
      out[i] = ring[(int) ((from + i) % ring.length)];
    }
    return out;
  }

  /** {@code 2F 45 4C 4C 35 …} with an ASCII column, 16 bytes a line. */
  static String hexDump(byte[] bytes) {
    StringBuilder dump = new StringBuilder();
    for (int line = 0; line < bytes.length; line += 16) {
      byte[] row = Arrays.copyOfRange(bytes, line, Math.min(bytes.length, line + 16));
      StringBuilder ascii = new StringBuilder();
      dump.append(String.format("%n  %04X ", line));
      for (int i = 0; i < 16; i++) {
        dump.append(i < row.length ? String.format(" %02X", row[i] & 0xFF) : "   ");
        if (i < row.length) {
          ascii.append(row[i] >= 0x20 && row[i] < 0x7F ? (char) row[i] : '.');
        }
      }
      dump.append("  ").append(ascii);
    }
    return dump.toString();
  }
}
