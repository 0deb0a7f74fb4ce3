package io.hanport.app.sim;

/**
 * The two 16-bit CRCs meters put under their frames, both reflected and table-driven: CRC-16/ARC
 * for P1 telegrams (PROTOCOLS.md §1.5, check value BB3D) and CRC-16/X-25 for HDLC HCS and FCS
 * (PROTOCOLS.md §6.2, check value 906E). The simulator keeps its own copy so that it depends on
 * no decoder: a bug shared by encoder and decoder would hide in every round trip.
 */
final class Crc16 {

  private static final int[] ARC_TABLE = table(0xA001);
  private static final int[] X25_TABLE = table(0x8408);

  private Crc16() {}

  /** CRC-16/ARC: init 0, no final XOR. */
  static int arc(byte[] data, int offset, int length) {
    return run(ARC_TABLE, 0, data, offset, length);
  }

  /** CRC-16/X-25: init FFFF, final XOR FFFF; sent low byte first. */
  static int x25(byte[] data, int offset, int length) {
    return run(X25_TABLE, 0xFFFF, data, offset, length) ^ 0xFFFF;
  }

  private static int run(int[] table, int init, byte[] data, int offset, int length) {
    int crc = init;
    for (int i = offset; i < offset + length; i++) {
      crc = (crc >>> 8) ^ table[(crc ^ data[i]) & 0xFF];
    }
    return crc;
  }

  private static int[] table(int reflectedPolynomial) {
    int[] table = new int[256];
    for (int value = 0; value < 256; value++) {
      int crc = value;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ reflectedPolynomial : crc >>> 1;
      }
      table[value] = crc;
    }
    return table;
  }
}
