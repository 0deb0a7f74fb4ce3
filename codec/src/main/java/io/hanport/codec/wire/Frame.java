package io.hanport.codec.wire;

/**
 * One complete, checksum-verified unit of a wire format, as cut by a {@link Framer}.
 *
 * <p>Frames know nothing of OBIS codes (ARCHITECTURE.md rule 1). {@link #streamOffset()} is where
 * the frame began in its input, so that a decoder's rejection can point at the byte.
 */
public sealed interface Frame permits P1Frame, HdlcFrame, MbusFrame, CipheredFrame, ApduFrame {

  long streamOffset();

  /** The frame's bytes exactly as received, for raw re-serving and {@code /api/v1/telegram}. */
  byte[] raw();
}
