package io.hanport.codec.wire;

/** Receives what a {@link Framer} cuts from the stream: frames, and bytes it had to discard. */
public interface FrameListener {

  void frame(Frame frame);

  void rejected(Rejection rejection);
}
