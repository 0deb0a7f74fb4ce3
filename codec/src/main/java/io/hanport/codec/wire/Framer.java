package io.hanport.codec.wire;

/**
 * Cuts a byte stream into frames of one wire format.
 *
 * <p>Push style: {@link #feed} takes bytes in chunks of any size and reports every complete frame
 * and every discarded run of bytes to the listener; results are identical for any chunking of the
 * same stream (ARCHITECTURE.md rule 7). A framer never throws on input, keeps at most a bounded
 * number of bytes, and after garbage hunts for the next frame start (rule 2).
 */
public interface Framer {

  void feed(byte[] data, int offset, int length, FrameListener listener);

  /** The input has ended: a frame still in progress is reported as {@link Reason#TRUNCATED}. */
  void finish(FrameListener listener);
}
