package io.hanport.bench;

/**
 * The DLMS benchmark's baseline: the classic byte-at-a-time, table-driven CRC-16/X-25 (one lookup
 * per byte), the least work every correct HDLC reader must do (issue 3, "Performance").
 */
final class ByteTableFcs16 {

  private static final int[] TABLE = new int[256];

  static {
    for (int n = 0; n < 256; n++) {
      int crc = n;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
      }
      TABLE[n] = crc;
    }
  }

  private ByteTableFcs16() {}

  static int compute(byte[] data, int offset, int length) {
    int crc = 0xFFFF;
    for (int i = offset; i < offset + length; i++) {
      crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
    }
    return crc ^ 0xFFFF;
  }
}
