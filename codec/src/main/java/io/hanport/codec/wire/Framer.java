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

  /**
   * The input has ended: a frame still in progress is reported as {@link Reason#TRUNCATED}, and the
   * framer is as new (hunting, empty buffer, stream offsets counted from 0 again), ready for another
   * stream.
   */
  void finish(FrameListener listener);

  /**
   * True while the framer holds the start of a frame it has not yet emitted or rejected; false while
   * it hunts between frames. Auto-detection hands the stream to another format only between
   * frames.
   */
  boolean inFrame();
}
