package io.hanport.bench;

/**
 * The benchmark's baseline: the classic byte-at-a-time, table-driven CRC-16/ARC (one lookup per
 * byte), the least work every correct P1 decoder must do (issue 2, "Performance").
 */
final class ByteTableCrc16Arc {

  private static final int[] TABLE = new int[256];

  static {
    for (int n = 0; n < 256; n++) {
      int crc = n;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
      }
      TABLE[n] = crc;
    }
  }

  private ByteTableCrc16Arc() {}

  static int compute(byte[] data, int offset, int length) {
    int crc = 0;
    for (int i = offset; i < offset + length; i++) {
      crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
    }
    return crc;
  }
}
