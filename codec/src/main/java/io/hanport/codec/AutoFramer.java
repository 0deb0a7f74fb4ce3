package io.hanport.codec;

import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.Framer;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a stream that may mix every {@link WireFormat} into frames (PROTOCOLS.md §7.1).
 *
 * <p>Between frames it hunts for a format's signature itself; from a signature on it hands the
 * bytes to that format's framer, and takes them back once that framer is between frames again. So
 * a P1 telegram, an HDLC frame and an M-Bus frame may follow each other in one stream, and each
 * format's framer keeps its own rules.
 *
 * <p>Garbage is accounted here alone, so that it comes out the same for any chunking: every byte
 * that ends up in no frame and no frame-level rejection, and is not idle-line {@link #isFiller
 * filler}, belongs to one {@link Reason#GARBAGE} rejection per run. The bytes not yet accounted
 * for are kept until they are: at most one frame in progress plus the chunk being fed.
 */
final class AutoFramer implements Framer {

  private static final int SIGNATURE = WireFormat.longestSignature();

  private final Map<WireFormat, Activation> framers = new EnumMap<>(WireFormat.class);
  private final GarbageRun garbage = new GarbageRun();
  /** Stream bytes {@code [base, base + length)} not yet accounted for by a frame or rejection. */
  private byte[] held = new byte[4096];
  private long base;
  private int length;
  /** The stream offset up to which every byte is a frame, a rejection, garbage or filler. */
  private long accounted;
  private Activation active;
  private FrameListener downstream;

  @Override
  public void feed(byte[] data, int offset, int count, FrameListener listener) {
    downstream = listener;
    if (active != null) {
      feedActive(data, offset, count);
    } else {
      hold(data, offset, count, base + length);
    }
    run(false);
  }

  /**
   * The framer that holds the stream reads the caller's bytes itself, and the reports that start
   * right where the accounted bytes end go on at once; only the bytes still unaccounted for after
   * them are held. A telegram framed inside one chunk is thus copied once, not twice (issue 2's
   * performance target).
   */
  private void feedActive(byte[] data, int offset, int count) {
    long chunkStart = base + length;
    active.feed(data, offset, count);
    active.deliverAdjacent();
    hold(data, offset, count, chunkStart);
  }

  @Override
  public void finish(FrameListener listener) {
    downstream = listener;
    run(true);
    garbage.flush(listener);
    accounted = 0;
    base = 0;
    length = 0;
  }

  @Override
  public boolean inFrame() {
    return active != null || accounted < base + length;
  }

  private void run(boolean ending) {
    while (true) {
      if (active == null && !hunt(ending)) {
        return;
      }
      Activation feeding = active;
      feeding.feedUpTo(base + length);
      if (ending) {
        feeding.framer.finish(feeding);
      }
      boolean handedOver = feeding.deliver();
      if (!handedOver && feeding.framer.inFrame() && !ending) {
        return;
      }
      release(feeding);
    }
  }

  /** Hunts from the first unaccounted byte; true when a framer took the stream. */
  private boolean hunt(boolean ending) {
    long end = base + length;
    for (long at = accounted; at < end; at++) {
      int index = (int) (at - base);
      if (end - at < SIGNATURE && !ending) {
        return false;
      }
      WireFormat format = formatStartingAt(index, end - at);
      if (format != null) {
        garbage.flush(downstream);
        active = framers.computeIfAbsent(format, f -> new Activation(f, f.newFramer()));
        active.activate(at);
        return true;
      }
      account(at + 1);
    }
    return false;
  }

  /**
   * Each format is tested only when its own signature is there, so that a frame shorter than the
   * longest signature is still found at the end of input (a 10-byte HDLC frame without
   * information field).
   */
  private WireFormat formatStartingAt(int index, long available) {
    for (WireFormat format : WireFormat.values()) {
      if (available >= format.signatureLength() && format.startsAt(held, index)) {
        return format;
      }
    }
    return null;
  }

  /**
   * The framer is between frames: hunting resumes after its last frame or rejection. A framer
   * that took a signature and let it go without either saw garbage; so is that byte here.
   */
  private void release(Activation released) {
    released.framer.finish(IGNORED);
    active = null;
    if (accounted == released.start) {
      account(released.start + 1);
    }
  }

  /** Everything before {@code offset} is accounted for: unclaimed bytes in between are garbage. */
  private void account(long offset) {
    for (long at = accounted; at < offset; at++) {
      if (!isFiller(held[(int) (at - base)])) {
        garbage.add(at);
      }
    }
    accounted = Math.max(accounted, offset);
  }

  /** A framer's frame or rejection covers {@code [start, end)}: what came before it is settled. */
  private void claim(long start, long end) {
    account(start);
    garbage.flush(downstream);
    accounted = Math.max(accounted, end);
  }

  /**
   * Keeps those of the new bytes, stream offsets {@code [chunkStart, chunkStart + count)}, that
   * are not yet accounted for after the held ones; never while a framer reads them.
   */
  private void hold(byte[] data, int offset, int count, long chunkStart) {
    dropAccounted();
    int skip = (int) (base + length - chunkStart);
    int kept = count - skip;
    if (length + kept > held.length) {
      held = Arrays.copyOf(held, Math.max(held.length * 2, length + kept));
    }
    System.arraycopy(data, offset + skip, held, length, kept);
    length += kept;
  }

  /** Drops the held bytes before {@code accounted}, which may lie beyond them. */
  private void dropAccounted() {
    int drop = (int) (accounted - base);
    if (drop >= length) {
      length = 0;
      base = accounted;
    } else if (drop > 0) {
      System.arraycopy(held, drop, held, 0, length - drop);
      length -= drop;
      base = accounted;
    }
  }

  /**
   * Bytes an idle line carries between frames, which are no one's garbage: line ends and blanks
   * (Kamstrup P1 streams start with CR LF), and NUL or 0xFF padding after a telegram (PROTOCOLS.md
   * §1.5).
   */
  private static boolean isFiller(byte b) {
    return b == '\r' || b == '\n' || b == ' ' || b == '\t' || b == 0 || b == (byte) 0xFF;
  }

  /**
   * One format's framer while it holds the stream. It counts offsets from its activation (a
   * finished framer starts again at 0); this translates them to stream offsets. Its own garbage
   * reports are dropped: the auto-framer accounts for those bytes itself.
   */
  private final class Activation implements FrameListener {
    private final WireFormat format;
    private final Framer framer;
    /** What the framer reported during one feed, held until {@link #deliver} has checked it. */
    private final List<Object> reported = new ArrayList<>();
    /** How many of {@link #reported} have been passed on. */
    private int delivered;
    private long start;
    private long fedUpTo;

    Activation(WireFormat format, Framer framer) {
      this.format = format;
      this.framer = framer;
    }

    void activate(long streamOffset) {
      start = streamOffset;
      fedUpTo = streamOffset;
    }

    void feedUpTo(long end) {
      if (end > fedUpTo) {
        int from = (int) (fedUpTo - base);
        int count = (int) (end - fedUpTo);
        fedUpTo = end;
        framer.feed(held, from, count, this);
      }
    }

    /** Feeds the stream's next bytes from the caller's array. */
    void feed(byte[] data, int offset, int count) {
      fedUpTo += count;
      framer.feed(data, offset, count, this);
    }

    @Override
    public void frame(Frame frame) {
      reported.add(Frames.atOffset(frame, start + frame.streamOffset()));
    }

    @Override
    public void rejected(Rejection rejection) {
      if (rejection.reason() == Reason.GARBAGE) {
        return;
      }
      long offset = start + rejection.streamOffset();
      reported.add(
          new Rejection(rejection.reason(), offset, rejection.length(), rejection.detail()));
    }

    /**
     * Passes on what the framer reported, in order, up to the first report behind another
     * format's signature: fed the rest of the stream, a framer hunts on through frames of other
     * formats (P1, then HDLC, then M-Bus on one line), which are not its garbage. True when it
     * stopped there, so that hunting resumes at that signature and the framer starts afresh.
     */
    boolean deliver() {
      try {
        for (; delivered < reported.size(); delivered++) {
          if (foreignSignatureBefore(offsetOf(reported.get(delivered)))) {
            return true;
          }
          pass(reported.get(delivered));
        }
        return false;
      } finally {
        reported.clear();
        delivered = 0;
      }
    }

    /**
     * Passes on the reports that start where the accounted bytes end, up to the first that does
     * not: with no bytes in between, there is no signature or garbage to look for.
     */
    void deliverAdjacent() {
      for (; delivered < reported.size(); delivered++) {
        if (offsetOf(reported.get(delivered)) != accounted) {
          return;
        }
        pass(reported.get(delivered));
      }
    }

    private void pass(Object report) {
      if (report instanceof Frame frame) {
        claim(frame.streamOffset(), frame.streamOffset() + frame.raw().length);
        downstream.frame(frame);
      } else if (report instanceof Rejection rejection) {
        claim(rejection.streamOffset(), rejection.streamOffset() + rejection.length());
        downstream.rejected(rejection);
      }
    }

    private boolean foreignSignatureBefore(long offset) {
      for (long at = accounted; at < offset; at++) {
        WireFormat found = formatStartingAt((int) (at - base), base + length - at);
        if (found != null && found != format) {
          return true;
        }
      }
      return false;
    }
  }

  /** Where a framer's report, a {@link Frame} or a {@link Rejection}, starts in the stream. */
  private static long offsetOf(Object report) {
    return report instanceof Frame frame
        ? frame.streamOffset()
        : ((Rejection) report).streamOffset();
  }

  /** Coalesces garbage bytes into runs; filler inside a run does not split it. */
  private static final class GarbageRun {
    private long start = -1;
    private long end;

    void add(long offset) {
      if (start < 0) {
        start = offset;
      }
      end = offset + 1;
    }

    void flush(FrameListener listener) {
      if (start >= 0) {
        int runLength = (int) (end - start);
        listener.rejected(
            new Rejection(Reason.GARBAGE, start, runLength, runLength + " bytes that start no frame"));
        start = -1;
      }
    }
  }

  private static final FrameListener IGNORED =
      new FrameListener() {
        @Override
        public void frame(Frame frame) {}

        @Override
        public void rejected(Rejection rejection) {}
      };
}
