package io.hanport.codec.p1;

/**
 * CRC-16/ARC, the P1 telegram checksum (PROTOCOLS.md §1.5): polynomial 0x8005 processed LSB first
 * (reflected constant 0xA001), initial value 0, no final XOR; check value of "123456789" is BB3D.
 *
 * <p>Computed slice-by-8: eight lookup tables let one step consume eight bytes, which is about
 * three times faster than the classic byte-at-a-time table. The CRC is the one cost every correct
 * P1 decoder pays, and issue 2 measures decoding against a byte-at-a-time pass, so it has to be
 * cheaper than that pass to leave room for the parsing.
 */
public final class Crc16Arc {

  private static final int REFLECTED_POLYNOMIAL = 0xA001;
  private static final int SLICES = 8;

  /** TABLES[k * 256 + n]: the CRC contribution of byte n followed by k zero bytes. */
  private static final int[] TABLES = buildTables();

  private Crc16Arc() {}

  /** The CRC-16/ARC of {@code data[offset, offset + length)}, in 0..0xFFFF. */
  public static int compute(byte[] data, int offset, int length) {
    int crc = 0;
    int i = offset;
    int end = offset + length;
    int[] t = TABLES;
    for (int blockEnd = end - SLICES + 1; i < blockEnd; i += SLICES) {
      int low = (crc ^ data[i]) & 0xFF;
      int high = ((crc >>> 8) ^ data[i + 1]) & 0xFF;
      crc = t[7 * 256 + low]
          ^ t[6 * 256 + high]
          ^ t[5 * 256 + (data[i + 2] & 0xFF)]
          ^ t[4 * 256 + (data[i + 3] & 0xFF)]
          ^ t[3 * 256 + (data[i + 4] & 0xFF)]
          ^ t[2 * 256 + (data[i + 5] & 0xFF)]
          ^ t[256 + (data[i + 6] & 0xFF)]
          ^ t[data[i + 7] & 0xFF];
    }
    for (; i < end; i++) {
      crc = (crc >>> 8) ^ t[(crc ^ data[i]) & 0xFF];
    }
    return crc;
  }

  private static int[] buildTables() {
    int[] tables = new int[SLICES * 256];
    for (int n = 0; n < 256; n++) {
      int crc = n;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ REFLECTED_POLYNOMIAL : crc >>> 1;
      }
      tables[n] = crc;
    }
    for (int k = 1; k < SLICES; k++) {
      for (int n = 0; n < 256; n++) {
        int previous = tables[(k - 1) * 256 + n];
        tables[k * 256 + n] = (previous >>> 8) ^ tables[previous & 0xFF];
      }
    }
    return tables;
  }
}
