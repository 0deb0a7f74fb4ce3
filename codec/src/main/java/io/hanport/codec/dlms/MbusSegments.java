package io.hanport.codec.dlms;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.MbusFrame;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Puts DLMS APDUs split over M-Bus long frames back together (PROTOCOLS.md §6.9): the CI byte
 * carries the segmentation, bit 4 = final segment and bits 0-3 = sequence number (capture
 * mbus_at_sagemcom_t210_encrypted_gh867: CI 00 then 11; a single final segment is CI 10).
 */
final class MbusSegments {

  private static final int FINAL_SEGMENT = 0x10;
  private static final int SEQUENCE_MASK = 0x0F;
  private static final int NOT_DLMS_SEGMENTATION = 0xE0;

  private final Reassembly apdu = new Reassembly("M-Bus segment");
  private int expectedSequence;

  /** Takes one frame's data; returns the whole APDU when this segment was the final one. */
  Optional<byte[]> accept(MbusFrame frame, Consumer<Rejection> dropped) throws DecodeException {
    int ci = frame.ci();
    if ((ci & NOT_DLMS_SEGMENTATION) != 0) {
      throw new DecodeException(
          Reason.UNSUPPORTED, String.format("M-Bus CI %02X does not carry a DLMS segment", ci));
    }
    int sequence = ci & SEQUENCE_MASK;
    if (sequence == 0) {
      if (apdu.isPending()) {
        dropped.accept(apdu.drop("segment 0 began again"));
      }
      apdu.start(frame.streamOffset());
    } else if (!apdu.isPending() || sequence != expectedSequence) {
      throw new DecodeException(
          Reason.OUT_OF_SEQUENCE,
          apdu.isPending()
              ? "M-Bus segment " + sequence + " where " + expectedSequence + " was expected"
              : "M-Bus segment " + sequence + " without segment 0");
    }
    apdu.append(frame.raw(), frame.dataOffset(), frame.dataLength());
    expectedSequence = (sequence + 1) & SEQUENCE_MASK;
    return (ci & FINAL_SEGMENT) != 0 ? Optional.of(apdu.take()) : Optional.empty();
  }

  void finish(Consumer<Rejection> dropped) {
    if (apdu.isPending()) {
      dropped.accept(apdu.drop("input ended before the final segment"));
    }
  }
}
