package io.hanport.codec.hdlc;

/**
 * The HDLC frame check sequence: CRC-16/X-25 (RFC 1662 FCS-16), reflected polynomial 0x8408, init
 * 0xFFFF, final XOR 0xFFFF; check value of {@code "123456789"} is {@code 906E} (PROTOCOLS.md §6.2).
 * It protects both the HCS and the FCS of frame format type 3, transmitted low byte first.
 *
 * <p>Computed slice-by-8: eight tables let one step consume eight bytes, so that checking a frame
 * costs a fraction of decoding it (issue 3, "Performance"). Bytes are read one by one: a VarHandle
 * long read is as fast alone, but lost its intrinsic inlined deep in the framer and then cost
 * several times the CRC (measured with DlmsBenchmark).
 */
public final class Fcs16 {

  private static final int INIT = 0xFFFF;
  private static final int FINAL_XOR = 0xFFFF;
  private static final int REFLECTED_POLYNOMIAL = 0x8408;

  /**
   * Entry {@code k * 256 + b}: the CRC contribution of byte b followed by k zero bytes. One flat
   * table of chars (4 KiB, not eight int arrays of 8 KiB): decoding between two checks evicts less
   * of it from the first-level cache.
   */
  private static final char[] TABLE = buildTable();

  private Fcs16() {}

  /** The FCS of {@code data[offset, offset + length)} as transmitted (after the final XOR). */
  public static int compute(byte[] data, int offset, int length) {
    return update(INIT, data, offset, length) ^ FINAL_XOR;
  }

  /** True when the two bytes at {@code checksumOffset}, low byte first, are the range's FCS. */
  public static boolean matches(byte[] data, int offset, int length, int checksumOffset) {
    return compute(data, offset, length) == readLowByteFirst(data, checksumOffset);
  }

  /** The checksum as sent: two bytes, low byte first. */
  public static int readLowByteFirst(byte[] data, int offset) {
    return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8;
  }

  private static int update(int crc, byte[] data, int offset, int length) {
    char[] table = TABLE;
    int i = offset;
    int end = offset + length;
    while (end - i >= 8) {
      int low = crc ^ ((data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8);
      crc =
          table[7 << 8 | low & 0xFF]
              ^ table[6 << 8 | low >>> 8]
              ^ table[5 << 8 | data[i + 2] & 0xFF]
              ^ table[4 << 8 | data[i + 3] & 0xFF]
              ^ table[3 << 8 | data[i + 4] & 0xFF]
              ^ table[2 << 8 | data[i + 5] & 0xFF]
              ^ table[1 << 8 | data[i + 6] & 0xFF]
              ^ table[data[i + 7] & 0xFF];
      i += 8;
    }
    while (i < end) {
      crc = (crc >>> 8) ^ table[(crc ^ data[i++]) & 0xFF];
    }
    return crc;
  }

  private static char[] buildTable() {
    char[] table = new char[8 * 256];
    for (int b = 0; b < 256; b++) {
      int crc = b;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ REFLECTED_POLYNOMIAL : crc >>> 1;
      }
      table[b] = (char) crc;
    }
    for (int k = 1; k < 8; k++) {
      for (int b = 0; b < 256; b++) {
        int previous = table[(k - 1) << 8 | b];
        table[k << 8 | b] = (char) ((previous >>> 8) ^ table[previous & 0xFF]);
      }
    }
    return table;
  }
}
