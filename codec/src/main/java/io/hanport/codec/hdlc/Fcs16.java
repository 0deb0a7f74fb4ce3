package io.hanport.codec.hdlc;

/**
 * The HDLC frame check sequence: CRC-16/X-25 (RFC 1662 FCS-16), reflected polynomial 0x8408, init
 * 0xFFFF, final XOR 0xFFFF; check value of {@code "123456789"} is {@code 906E} (PROTOCOLS.md §6.2).
 * It protects both the HCS and the FCS of frame format type 3, transmitted low byte first.
 *
 * <p>Computed slice-by-8: eight tables let one step consume eight bytes, so that checking a frame
 * costs a fraction of decoding it (issue 3, "Performance").
 */
public final class Fcs16 {

  private static final int INIT = 0xFFFF;
  private static final int FINAL_XOR = 0xFFFF;
  private static final int REFLECTED_POLYNOMIAL = 0x8408;

  /** TABLES[k][b]: the CRC contribution of byte b followed by k zero bytes. */
  private static final int[][] TABLES = buildTables();

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
    int[] t0 = TABLES[0];
    int[] t1 = TABLES[1];
    int[] t2 = TABLES[2];
    int[] t3 = TABLES[3];
    int[] t4 = TABLES[4];
    int[] t5 = TABLES[5];
    int[] t6 = TABLES[6];
    int[] t7 = TABLES[7];
    int i = offset;
    int end = offset + length;
    while (end - i >= 8) {
      // Bytes read one by one: a VarHandle long read is as fast alone, but loses its intrinsic
      // when this loop is inlined deep in the framer, and then costs several times the CRC.
      int low = crc ^ ((data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8);
      crc =
          t7[low & 0xFF]
              ^ t6[low >>> 8]
              ^ t5[data[i + 2] & 0xFF]
              ^ t4[data[i + 3] & 0xFF]
              ^ t3[data[i + 4] & 0xFF]
              ^ t2[data[i + 5] & 0xFF]
              ^ t1[data[i + 6] & 0xFF]
              ^ t0[data[i + 7] & 0xFF];
      i += 8;
    }
    while (i < end) {
      crc = (crc >>> 8) ^ t0[(crc ^ data[i++]) & 0xFF];
    }
    return crc;
  }

  private static int[][] buildTables() {
    int[][] tables = new int[8][256];
    for (int b = 0; b < 256; b++) {
      int crc = b;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ REFLECTED_POLYNOMIAL : crc >>> 1;
      }
      tables[0][b] = crc;
    }
    for (int k = 1; k < 8; k++) {
      for (int b = 0; b < 256; b++) {
        int previous = tables[k - 1][b];
        tables[k][b] = (previous >>> 8) ^ tables[0][previous & 0xFF];
      }
    }
    return tables;
  }
}
