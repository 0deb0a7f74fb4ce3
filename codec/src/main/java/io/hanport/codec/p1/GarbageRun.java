package io.hanport.codec.p1;

import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;

/**
 * Bytes outside any telegram, counted and reported as one {@link Reason#GARBAGE} rejection per
 * run, so that 0xFF padding or a wrong baud rate does not produce a rejection per byte. A run is
 * reported when the next telegram starts, at the end of input, or when it reaches the framer's
 * bound, which keeps reports coming from an endless stream of noise. All three points depend only
 * on the bytes, never on how they were chunked.
 */
final class GarbageRun {

  private final int maxRunLength;
  private long runOffset;
  private int runLength;

  GarbageRun(int maxRunLength) {
    this.maxRunLength = maxRunLength;
  }

  void add(long offset, int count, FrameListener listener) {
    long next = offset;
    int left = count;
    while (left > 0) {
      if (runLength == 0) {
        runOffset = next;
      }
      int taken = Math.min(left, maxRunLength - runLength);
      runLength += taken;
      next += taken;
      left -= taken;
      if (runLength == maxRunLength) {
        flush(listener);
      }
    }
  }

  void flush(FrameListener listener) {
    if (runLength > 0) {
      listener.rejected(new Rejection(Reason.GARBAGE, runOffset, runLength,
          runLength + (runLength == 1 ? " byte" : " bytes") + " outside any telegram"));
      runLength = 0;
    }
  }
}
