package io.hanport.app.sim;

/**
 * CRC-16/X-25, the HDLC HCS and FCS (PROTOCOLS.md §6.2): reflected polynomial 0x8408, init FFFF,
 * final XOR FFFF, sent low byte first; check value of "123456789" is 906E. Same signature as the
 * codec's HDLC checksum, which replaces it once the codec's HDLC package is on main.
 */
final class Fcs16 {

  private static final int[] TABLE = table();

  private Fcs16() {}

  static int compute(byte[] data, int offset, int length) {
    int crc = 0xFFFF;
    for (int i = offset; i < offset + length; i++) {
      crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
    }
    return crc ^ 0xFFFF;
  }

  private static int[] table() {
    int[] table = new int[256];
    for (int value = 0; value < 256; value++) {
      int crc = value;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
      }
      table[value] = crc;
    }
    return table;
  }
}
