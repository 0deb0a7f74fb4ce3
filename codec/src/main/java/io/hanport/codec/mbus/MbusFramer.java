package io.hanport.codec.mbus;

import io.hanport.codec.hdlc.HuntingFramer;
import io.hanport.codec.wire.MbusFrame;
import io.hanport.codec.wire.Reason;
import java.util.Arrays;

/**
 * Cuts wired M-Bus long frames (EN 13757-2) out of a byte stream, as Austrian and Polish meters
 * wrap DLMS in them (PROTOCOLS.md §6.9):
 *
 * <pre>
 *  68 | L | L | 68 | C | A | CI | STSAP | DTSAP | data ... | CS | 16
 *                    \______________ L bytes _____________/
 *  CS = (sum of the L bytes) mod 256
 * </pre>
 *
 * <p>The CI byte carries the DLMS segmentation (final bit, sequence number); reassembly is the
 * decoder's job. Other M-Bus telegrams (short frames, single-character acknowledgements) are not
 * pushed by meters and count as garbage.
 */
public final class MbusFramer extends HuntingFramer {

  private static final byte START = 0x68;
  private static final byte STOP = 0x16;

  /** C, A, CI, STSAP and DTSAP precede the DLMS data. */
  private static final int LINK_HEADER_BYTES = 5;

  private static final int MAX_LENGTH = 0xFF;

  /** 68 L L 68 before the L bytes, CS and 16 after them. */
  private static final int ENVELOPE_BYTES = 6;

  public MbusFramer() {
    super(MAX_LENGTH + ENVELOPE_BYTES);
  }

  @Override
  protected boolean mayStart(byte first) {
    return first == START;
  }

  @Override
  protected Verdict examine(byte[] buf, int from, int available, boolean endOfInput, Outcome out) {
    if (available < 4) {
      return endOfInput ? Verdict.NOT_A_START : Verdict.NEED_MORE;
    }
    int length = buf[from + 1] & 0xFF;
    if (buf[from + 2] != buf[from + 1] || buf[from + 3] != START || length < LINK_HEADER_BYTES) {
      return Verdict.NOT_A_START;
    }
    int total = length + ENVELOPE_BYTES;
    if (available < total) {
      if (!endOfInput) {
        return Verdict.NEED_MORE;
      }
      out.reject(
          Reason.TRUNCATED, available, "frame of " + total + " bytes cut after " + available);
      return Verdict.REJECT;
    }
    int computed = sum(buf, from + 4, length);
    int sent = buf[from + 4 + length] & 0xFF;
    if (computed != sent) {
      out.reject(
          Reason.BAD_CHECKSUM,
          total,
          String.format("checksum expected %02X, computed %02X", sent, computed));
      return Verdict.REJECT;
    }
    if (buf[from + total - 1] != STOP) {
      out.reject(
          Reason.MALFORMED,
          total,
          String.format("stop byte %02X instead of 16", buf[from + total - 1]));
      return Verdict.REJECT;
    }
    byte[] raw = Arrays.copyOfRange(buf, from, from + total);
    int ci = raw[6] & 0xFF;
    int dataOffset = 4 + LINK_HEADER_BYTES;
    int dataLength = length - LINK_HEADER_BYTES;
    out.frame(new MbusFrame(out.streamOffset(), raw, ci, dataOffset, dataLength), total);
    return Verdict.FRAME;
  }

  private static int sum(byte[] buf, int offset, int length) {
    int sum = 0;
    for (int i = offset; i < offset + length; i++) {
      sum += buf[i] & 0xFF;
    }
    return sum & 0xFF;
  }
}
