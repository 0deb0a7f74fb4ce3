package io.hanport.codec.dlms;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.util.Arrays;

/**
 * Pieces of one APDU being put back together: HDLC segments, M-Bus segments or general-block-
 * transfer blocks. Bounded: a push that grows beyond {@link #MAX_BYTES} is dropped.
 */
final class Reassembly {

  /** Far above any push seen (the Swiss GBT pushes are 412 bytes), far below a memory risk. */
  static final int MAX_BYTES = 64 * 1024;

  private final String what;
  private byte[] bytes = new byte[0];
  private int size;
  private int pieces;
  private long firstOffset = -1;

  /**
   * @param what the pieces, for messages: "HDLC segment", "M-Bus segment", "block"
   */
  Reassembly(String what) {
    this.what = what;
  }

  boolean isPending() {
    return firstOffset >= 0;
  }

  int pieces() {
    return pieces;
  }

  void start(long streamOffset) {
    size = 0;
    pieces = 0;
    firstOffset = streamOffset;
  }

  void append(byte[] source, int offset, int length) throws DecodeException {
    if (size + length > MAX_BYTES) {
      clear();
      throw new DecodeException(
          Reason.OVERSIZED, what + "s add up to more than " + MAX_BYTES + " bytes: push dropped");
    }
    if (size + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + length, 2 * bytes.length));
    }
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
    pieces++;
  }

  /** The whole APDU; the reassembly is then idle again. */
  byte[] take() {
    byte[] whole = Arrays.copyOf(bytes, size);
    clear();
    return whole;
  }

  /** Abandons the pieces gathered so far, saying why, and returns the rejection to report. */
  Rejection drop(String why) {
    Rejection rejection =
        new Rejection(
            Reason.TRUNCATED,
            firstOffset,
            size,
            "incomplete push dropped after "
                + pieces
                + " "
                + what
                + (pieces == 1 ? "" : "s")
                + ": "
                + why);
    clear();
    return rejection;
  }

  private void clear() {
    firstOffset = -1;
    size = 0;
    pieces = 0;
  }
}
