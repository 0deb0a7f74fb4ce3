package io.hanport.codec.hdlc;

import java.io.ByteArrayOutputStream;

/**
 * Builds HDLC frame format type 3 byte by byte, with correct HCS and FCS, so that each test spells
 * out the fields it is about.
 */
final class HdlcFrames {

  private HdlcFrames() {}

  /**
   * {@code 7E | A0+S+length | dest | src | control | HCS | information | FCS | 7E}; without
   * information there is no HCS.
   */
  static byte[] frame(boolean segmented, byte[] dest, byte[] src, int control, byte[] information) {
    int headerLength = 2 + dest.length + src.length + 1;
    int length = headerLength + (information.length > 0 ? 2 + information.length : 0) + 2;
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(0x7E);
    frame.write(0xA0 | (segmented ? 0x08 : 0) | length >> 8);
    frame.write(length & 0xFF);
    frame.writeBytes(dest);
    frame.writeBytes(src);
    frame.write(control);
    if (information.length > 0) {
      appendChecksum(frame);
      frame.writeBytes(information);
    }
    appendChecksum(frame);
    frame.write(0x7E);
    return frame.toByteArray();
  }

  /** A UI frame with Aidon's addresses: dest 41, src 08 83, control 13. */
  static byte[] aidonStyle(byte[] information) {
    return frame(false, new byte[] {0x41}, new byte[] {0x08, (byte) 0x83}, 0x13, information);
  }

  private static void appendChecksum(ByteArrayOutputStream frame) {
    byte[] sofar = frame.toByteArray();
    int fcs = Fcs16.compute(sofar, 1, sofar.length - 1);
    frame.write(fcs & 0xFF);
    frame.write(fcs >> 8);
  }
}
