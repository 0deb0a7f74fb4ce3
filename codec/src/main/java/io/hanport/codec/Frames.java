package io.hanport.codec;

import io.hanport.codec.wire.ApduFrame;
import io.hanport.codec.wire.CipheredFrame;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.HdlcFrame;
import io.hanport.codec.wire.MbusFrame;
import io.hanport.codec.wire.P1Frame;

/** Re-anchors a frame at its offset in the whole stream (see {@link AutoFramer}). */
final class Frames {

  private Frames() {}

  static Frame atOffset(Frame frame, long streamOffset) {
    if (frame.streamOffset() == streamOffset) {
      return frame;
    }
    if (frame instanceof P1Frame p1) {
      return new P1Frame(streamOffset, p1.raw(), p1.checksumVerified());
    }
    if (frame instanceof HdlcFrame hdlc) {
      return new HdlcFrame(
          streamOffset,
          hdlc.raw(),
          hdlc.segmented(),
          hdlc.control(),
          hdlc.informationOffset(),
          hdlc.informationLength());
    }
    if (frame instanceof MbusFrame mbus) {
      return new MbusFrame(
          streamOffset, mbus.raw(), mbus.ci(), mbus.dataOffset(), mbus.dataLength());
    }
    if (frame instanceof ApduFrame) {
      return new ApduFrame(streamOffset, frame.raw());
    }
    return new CipheredFrame(streamOffset, frame.raw());
  }
}
