package io.hanport.codec.hdlc;

import io.hanport.codec.wire.HdlcFrame;
import io.hanport.codec.wire.Reason;
import java.util.Arrays;

/**
 * Cuts HDLC frame format type 3 (IEC 62056-46) out of a byte stream (PROTOCOLS.md §6.2):
 *
 * <pre>
 *  7E | format (2) | dest (1-4) | src (1-4) | control | [HCS (2) | information] | FCS (2) | 7E
 *       1010 S LLL LLLLLLLL: S = segmentation bit, L = bytes between the flags
 * </pre>
 *
 * <p>Frames are cut by the length field: meters do not byte-stuff, so 0x7E and 0x7D appear inside
 * the information field (capture hdlc_amshan_flag_char_in_info). The HCS exists only when an
 * information field follows (hdlc_amshan_empty_info); both checksums are {@link Fcs16}, low byte
 * first. Any control byte is accepted. Back-to-back frames share one flag ({@code ... 7E A0}) or
 * send two ({@code ... 7E 7E A0}). A frame whose FCS is not followed by a flag was aborted (HDLC
 * abort {@code 7D 7E}, hdlc_amshan_abort_sequence) and is rejected.
 */
public final class HdlcFramer extends HuntingFramer {

  static final byte FLAG = 0x7E;

  /** The 11-bit length field's largest value, and so the longest frame of format type 3. */
  public static final int MAX_FRAME_LENGTH = 0x7FF;

  private static final int FORMAT_TYPE_MASK = 0xF0;
  private static final int FORMAT_TYPE_3 = 0xA0;
  private static final int SEGMENTATION_BIT = 0x08;
  private static final int MAX_ADDRESS_BYTES = 4;
  private static final int CHECKSUM_BYTES = 2;
  private static final int NEED = -1;
  private static final int INVALID = -2;

  private final int maxFrameLength;

  public HdlcFramer() {
    this(MAX_FRAME_LENGTH);
  }

  /**
   * @param maxFrameLength the longest frame (length field) to buffer; longer frames with a valid
   *     HCS are skipped unread and reported {@link Reason#OVERSIZED}
   */
  public HdlcFramer(int maxFrameLength) {
    super(Math.min(maxFrameLength, MAX_FRAME_LENGTH) + 2);
    this.maxFrameLength = Math.min(maxFrameLength, MAX_FRAME_LENGTH);
  }

  @Override
  protected boolean mayStart(byte first) {
    return first == FLAG;
  }

  @Override
  protected boolean isFill(byte b) {
    return b == FLAG;
  }

  @Override
  protected Verdict examine(byte[] buf, int from, int available, boolean endOfInput, Outcome out) {
    if (available < 2) {
      // A closing flag may open the next frame too ({@code … 7E A0}): wait for the byte after it.
      return endOfInput ? Verdict.NOT_A_START : Verdict.NEED_MORE;
    }
    if ((buf[from + 1] & FORMAT_TYPE_MASK) != FORMAT_TYPE_3) {
      return Verdict.NOT_A_START;
    }
    int limit = from + available;
    if (available < 3) {
      return Verdict.NEED_MORE;
    }
    int length = (buf[from + 1] & 0x07) << 8 | buf[from + 2] & 0xFF;
    int afterDestination = addressEnd(buf, from + 3, limit);
    int afterSource =
        afterDestination < 0 ? afterDestination : addressEnd(buf, afterDestination, limit);
    if (afterSource == INVALID) {
      return Verdict.NOT_A_START;
    }
    if (afterSource == NEED || afterSource >= limit) {
      return Verdict.NEED_MORE;
    }
    int headerLength = afterSource + 1 - (from + 1);
    if (headerLength + CHECKSUM_BYTES == length) {
      return readFrame(buf, from, available, length, headerLength, endOfInput, out);
    }
    if (length < headerLength + 2 * CHECKSUM_BYTES + 1) {
      return Verdict.NOT_A_START;
    }
    return readFrameWithInformation(buf, from, available, length, headerLength, endOfInput, out);
  }

  /** Verifies the HCS before waiting for the rest, so a corrupted length never stalls the hunt. */
  private Verdict readFrameWithInformation(
      byte[] buf,
      int from,
      int available,
      int length,
      int headerLength,
      boolean endOfInput,
      Outcome out) {
    int hcsOffset = from + 1 + headerLength;
    if (available < 1 + headerLength + CHECKSUM_BYTES) {
      return Verdict.NEED_MORE;
    }
    int computed = Fcs16.compute(buf, from + 1, headerLength);
    int sent = Fcs16.readLowByteFirst(buf, hcsOffset);
    if (computed != sent) {
      out.reject(
          Reason.BAD_CHECKSUM, 1 + headerLength + CHECKSUM_BYTES, mismatch("HCS", sent, computed));
      return Verdict.REJECT;
    }
    if (length > maxFrameLength) {
      out.reject(
          Reason.OVERSIZED,
          1 + length,
          "frame of " + length + " bytes exceeds the limit of " + maxFrameLength);
      return Verdict.SKIP;
    }
    return readFrame(buf, from, available, length, headerLength, endOfInput, out);
  }

  private Verdict readFrame(
      byte[] buf,
      int from,
      int available,
      int length,
      int headerLength,
      boolean endOfInput,
      Outcome out) {
    int total = length + 2;
    if (available < total) {
      if (!endOfInput) {
        return Verdict.NEED_MORE;
      }
      out.reject(
          Reason.TRUNCATED, available, "frame of " + total + " bytes cut after " + available);
      return Verdict.REJECT;
    }
    int fcsOffset = from + 1 + length - CHECKSUM_BYTES;
    int computed = Fcs16.compute(buf, from + 1, length - CHECKSUM_BYTES);
    int sent = Fcs16.readLowByteFirst(buf, fcsOffset);
    byte closing = buf[from + 1 + length];
    if (computed != sent) {
      // The closing flag belongs to the rejected frame when it is one; a shared flag is still
      // found by the hunt, which resumes one byte after the rejected start.
      int extent = closing == FLAG ? total : total - 1;
      out.reject(Reason.BAD_CHECKSUM, extent, mismatch("FCS", sent, computed));
      return Verdict.REJECT;
    }
    if (closing != FLAG) {
      out.reject(
          Reason.MALFORMED,
          1 + length,
          String.format("no closing flag after the FCS (byte %02X): frame aborted", closing));
      return Verdict.REJECT;
    }
    boolean hasInformation = length > headerLength + CHECKSUM_BYTES;
    int informationOffset = 1 + headerLength + (hasInformation ? CHECKSUM_BYTES : 0);
    int informationLength = hasInformation ? length - headerLength - 2 * CHECKSUM_BYTES : 0;
    byte[] raw = Arrays.copyOfRange(buf, from, from + total);
    boolean segmented = (buf[from + 1] & SEGMENTATION_BIT) != 0;
    int control = buf[from + headerLength] & 0xFF;
    HdlcFrame frame =
        new HdlcFrame(
            out.streamOffset(), raw, segmented, control, informationOffset, informationLength);
    out.frame(frame, 1 + length);
    return Verdict.FRAME;
  }

  /** An HDLC address is 1 to 4 bytes; the byte whose low bit is 1 ends it. */
  private static int addressEnd(byte[] buf, int position, int limit) {
    for (int i = 0; i < MAX_ADDRESS_BYTES; i++) {
      if (position + i >= limit) {
        return NEED;
      }
      if ((buf[position + i] & 1) != 0) {
        return position + i + 1;
      }
    }
    return INVALID;
  }

  private static String mismatch(String checksum, int sent, int computed) {
    return String.format("%s expected %04X, computed %04X", checksum, sent, computed);
  }
}
