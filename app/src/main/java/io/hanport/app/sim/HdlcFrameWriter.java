package io.hanport.app.sim;

import java.io.ByteArrayOutputStream;

/**
 * Wraps a data-notification in what a Nordic meter puts around it: the LLC header and an HDLC
 * frame of format type 3 (PROTOCOLS.md §6.2, §6.3). Meters do not byte-stuff, so the frame is
 * written as is, its length in the format field.
 *
 * @param destination the client address bytes, the last with bit 0 set
 * @param source the server address bytes, the last with bit 0 set
 * @param control the control byte the vendor sends (UI 0x13, or Kaifa's 0x10)
 * @param invokeIdAndPriority the data-notification's long-invoke-id-and-priority
 */
record HdlcFrameWriter(byte[] destination, byte[] source, int control, int invokeIdAndPriority) {

  private static final int FLAG = 0x7E;
  private static final int FORMAT_TYPE_3 = 0xA000;
  private static final byte[] LLC = {(byte) 0xE6, (byte) 0xE7, 0x00};
  private static final int DATA_NOTIFICATION = 0x0F;

  HdlcFrameWriter {
    destination = destination.clone();
    source = source.clone();
  }

  /**
   * @param dateTimeField the notification's date-time exactly as the vendor writes it: {@code 00}
   *     when absent, {@code 0C}+12 bytes, or {@code 09 0C}+12 bytes
   * @param body the notification body, one A-XDR value
   */
  byte[] frame(byte[] dateTimeField, byte[] body) {
    int headerLength = 2 + destination.length + source.length + 1;
    int informationLength = LLC.length + 5 + dateTimeField.length + body.length;
    int frameLength = headerLength + 2 + informationLength + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream(frameLength + 2);
    out.write(FLAG);
    out.write((FORMAT_TYPE_3 | frameLength) >>> 8);
    out.write(frameLength);
    out.writeBytes(destination);
    out.writeBytes(source);
    out.write(control);
    writeChecksum(out, 1, headerLength);
    out.writeBytes(LLC);
    out.write(DATA_NOTIFICATION);
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write(invokeIdAndPriority >>> shift);
    }
    out.writeBytes(dateTimeField);
    out.writeBytes(body);
    writeChecksum(out, 1, frameLength - 2);
    out.write(FLAG);
    return out.toByteArray();
  }

  /** HCS or FCS: CRC-16/X-25 over the bytes written so far from {@code from}, low byte first. */
  private static void writeChecksum(ByteArrayOutputStream out, int from, int length) {
    int crc = Fcs16.compute(out.toByteArray(), from, length);
    out.write(crc);
    out.write(crc >>> 8);
  }
}
