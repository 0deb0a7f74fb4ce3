package io.hanport.codec.dlms.testing;

import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.Framer;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Records what a framer reports, in order, and renders it for comparison across chunkings. */
public final class FrameRecorder implements FrameListener {

  public final List<Frame> frames = new ArrayList<>();
  public final List<Rejection> rejections = new ArrayList<>();
  private final List<String> events = new ArrayList<>();

  /** Feeds the whole input in one chunk and finishes. */
  public static FrameRecorder frame(Framer framer, byte[] input) {
    FrameRecorder recorder = new FrameRecorder();
    framer.feed(input, 0, input.length, recorder);
    framer.finish(recorder);
    return recorder;
  }

  @Override
  public void frame(Frame frame) {
    frames.add(frame);
    events.add(
        frame.getClass().getSimpleName()
            + "@"
            + frame.streamOffset()
            + " "
            + Hex.text(frame.raw()));
  }

  @Override
  public void rejected(Rejection rejection) {
    rejections.add(rejection);
    events.add(rejection.toString() + " (" + rejection.length() + " bytes)");
  }

  public List<Reason> reasons() {
    return rejections.stream().map(Rejection::reason).collect(Collectors.toList());
  }

  /** Every event in order, one per line: equal for equal behaviour. */
  public String transcript() {
    return String.join("\n", events);
  }
}
