package io.hanport.codec.hdlc;

import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.Framer;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;

/**
 * The skeleton every binary framer shares (HDLC, M-Bus, bare APDU): a bounded buffer, hunting for
 * the next frame start, and reporting bytes outside frames as coalesced {@link Reason#GARBAGE} runs
 * (ARCHITECTURE.md rule 2, the "hunt mode" of amshan's HDLC reader).
 *
 * <p>A subclass only judges a candidate start ({@link #examine}). Its verdict depends on the bytes
 * alone, never on how they were chunked, so results are identical for any chunking (rule 7). After
 * a rejected candidate the hunt resumes one byte after its start, so that a real frame hidden
 * behind a false start is still found; bytes already covered by a rejection are not reported again
 * as garbage.
 */
public abstract class HuntingFramer implements Framer {

  /** A garbage run is reported at least every this many bytes, so a noisy line shows up soon. */
  static final int MAX_GARBAGE_RUN = 4096;

  /** What {@link #examine} decided about a candidate. */
  protected enum Verdict {
    /** More bytes are needed to decide. */
    NEED_MORE,
    /** Not a frame start; the byte is a flag or garbage. */
    NOT_A_START,
    /** A frame: {@link Outcome#frame} and {@link Outcome#consumed} are set. */
    FRAME,
    /** A rejected frame: reason, extent and detail are set. */
    REJECT,
    /** A frame too long to buffer, skipped unread: extent and detail are set. */
    SKIP
  }

  /** The details of a verdict; one instance is reused for every candidate. */
  protected static final class Outcome {
    long streamOffset;
    Frame frame;
    int consumed;
    int extent;
    Reason reason;
    String detail;

    /** Where the candidate starts in the stream. */
    public long streamOffset() {
      return streamOffset;
    }

    public void frame(Frame frame, int consumed) {
      this.frame = frame;
      this.consumed = consumed;
    }

    public void reject(Reason reason, int extent, String detail) {
      this.reason = reason;
      this.extent = extent;
      this.detail = detail;
    }
  }

  private final byte[] buffer;
  private final Outcome outcome = new Outcome();
  private int start;
  private int end;
  private long bufferOffset;
  private long reportedUpTo;
  private long garbageStart = -1;
  private long garbageEnd;
  private long skipRemaining;
  private boolean candidatePending;

  /**
   * @param maxFrameBytes the longest frame this framer buffers, flags included
   */
  protected HuntingFramer(int maxFrameBytes) {
    this.buffer = new byte[maxFrameBytes + 1];
  }

  /** Whether a frame may start at this byte: the cheap first test before {@link #examine}. */
  protected abstract boolean mayStart(byte first);

  /** A byte that fills the line between frames (the HDLC flag) and is never garbage. */
  protected boolean isFill(byte b) {
    return false;
  }

  /**
   * Judges the candidate at {@code buffer[from]} with {@code available} bytes present. A candidate
   * never needs more than the {@code maxFrameBytes} given to the constructor. At the end of input,
   * {@link Verdict#NEED_MORE} means the input ended inside this frame ({@link Reason#TRUNCATED}).
   */
  protected abstract Verdict examine(
      byte[] buffer, int from, int available, boolean endOfInput, Outcome out);

  @Override
  public final void feed(byte[] data, int offset, int length, FrameListener listener) {
    int position = offset;
    int remaining = length;
    while (remaining > 0) {
      compact();
      int copied = Math.min(remaining, buffer.length - end);
      System.arraycopy(data, position, buffer, end, copied);
      end += copied;
      position += copied;
      remaining -= copied;
      hunt(listener, false);
      if (start == 0 && end == buffer.length) {
        dropUnbufferable(listener);
      }
    }
  }

  /** The input has ended; the framer is then as new, counting stream offsets from 0 again. */
  @Override
  public final void finish(FrameListener listener) {
    hunt(listener, true);
    flushGarbage(listener);
    bufferOffset = 0;
    reportedUpTo = 0;
    start = 0;
    end = 0;
    skipRemaining = 0;
    candidatePending = false;
  }

  @Override
  public final boolean inFrame() {
    return candidatePending || skipRemaining > 0;
  }

  private void hunt(FrameListener listener, boolean endOfInput) {
    candidatePending = false;
    while (start < end) {
      if (skipRemaining > 0) {
        int skipped = (int) Math.min(skipRemaining, end - start);
        start += skipped;
        skipRemaining -= skipped;
        continue;
      }
      if (!mayStart(buffer[start])) {
        noteOutsideFrame(listener);
        continue;
      }
      outcome.streamOffset = offsetOf(start);
      Verdict verdict = examine(buffer, start, end - start, endOfInput, outcome);
      if (verdict == Verdict.NEED_MORE) {
        if (!endOfInput) {
          candidatePending = true;
          return;
        }
        outcome.reject(Reason.TRUNCATED, end - start, "input ended inside a frame");
        verdict = Verdict.REJECT;
      }
      act(verdict, listener);
    }
  }

  private void act(Verdict verdict, FrameListener listener) {
    switch (verdict) {
      case NOT_A_START:
        noteOutsideFrame(listener);
        return;
      case FRAME:
        flushGarbage(listener);
        listener.frame(outcome.frame);
        start += outcome.consumed;
        outcome.frame = null;
        return;
      case REJECT:
        flushGarbage(listener);
        report(listener);
        reportedUpTo = Math.max(reportedUpTo, offsetOf(start) + outcome.extent);
        start++;
        return;
      case SKIP:
        flushGarbage(listener);
        report(listener);
        skipRemaining = outcome.extent;
        return;
      default:
        throw new IllegalStateException("unhandled verdict " + verdict);
    }
  }

  /**
   * A candidate that wants more than the buffer holds breaks {@link #examine}'s contract; rather
   * than grow without bound, it is dropped and the hunt goes on.
   */
  private void dropUnbufferable(FrameListener listener) {
    outcome.reject(Reason.OVERSIZED, end - start, "frame longer than " + buffer.length + " bytes");
    act(Verdict.REJECT, listener);
    hunt(listener, false);
  }

  private void report(FrameListener listener) {
    listener.rejected(
        new Rejection(outcome.reason, offsetOf(start), outcome.extent, outcome.detail));
  }

  private void noteOutsideFrame(FrameListener listener) {
    long offset = offsetOf(start);
    boolean fill = isFill(buffer[start]);
    start++;
    if (fill || offset < reportedUpTo) {
      return;
    }
    if (garbageStart < 0) {
      garbageStart = offset;
    }
    garbageEnd = offset + 1;
    if (garbageEnd - garbageStart >= MAX_GARBAGE_RUN) {
      flushGarbage(listener);
    }
  }

  private void flushGarbage(FrameListener listener) {
    if (garbageStart < 0) {
      return;
    }
    int length = (int) (garbageEnd - garbageStart);
    listener.rejected(
        new Rejection(Reason.GARBAGE, garbageStart, length, length + " bytes outside any frame"));
    garbageStart = -1;
  }

  private long offsetOf(int index) {
    return bufferOffset + index;
  }

  private void compact() {
    if (start == 0) {
      return;
    }
    System.arraycopy(buffer, start, buffer, 0, end - start);
    bufferOffset += start;
    end -= start;
    start = 0;
  }
}
