package io.hanport.codec.p1;

import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Records what a framer reports, in order, in a form that compares by value. */
final class Recorder implements FrameListener {

  final List<P1Frame> frames = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
  final List<String> events = new ArrayList<>();

  @Override
  public void frame(Frame frame) {
    P1Frame p1 = (P1Frame) frame;
    frames.add(p1);
    events.add("frame at " + p1.streamOffset() + (p1.checksumVerified() ? " verified: " : ": ")
        + new String(p1.raw(), StandardCharsets.ISO_8859_1));
  }

  @Override
  public void rejected(Rejection rejection) {
    rejections.add(rejection);
    events.add(rejection + " (" + rejection.length() + " bytes)");
  }

  /** Feeds {@code data} whole, then ends the input. */
  static Recorder frameWhole(byte[] data) {
    return frameWhole(new P1Framer(), data);
  }

  static Recorder frameWhole(P1Framer framer, byte[] data) {
    Recorder recorder = new Recorder();
    framer.feed(data, 0, data.length, recorder);
    framer.finish(recorder);
    return recorder;
  }
}
