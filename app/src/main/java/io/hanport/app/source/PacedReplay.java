package io.hanport.app.source;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A capture replayed at a meter's pace: one frame, then a fixed pause, then the next. A capture
 * holds no timestamps, so the pause is the interval the meter's kind keeps: 1 s for DSMR 5 (version
 * line {@code 1-3:0.2.8(50)}, DSMR5 §6.1), 10 s for everything else (Swedish P1: PROTOCOLS.md §1.3;
 * DSMR 2–4; the 10-s DLMS lists, §6.6), unless the URI gives {@code interval=}.
 */
final class PacedReplay implements Connection {

  /** Waits between frames; the real one wakes early when the replay is closed. */
  interface Pauses {
    /** Waits {@code pause}; false when {@code closed} ended the wait. */
    boolean await(Duration pause, CountDownLatch closed) throws InterruptedException;

    Pauses REAL = (pause, closed) -> !closed.await(pause.toMillis(), TimeUnit.MILLISECONDS);
  }

  static final Duration DSMR5_INTERVAL = Duration.ofSeconds(1);
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
  private static final ObisCode DSMR_VERSION = ObisCode.parse("1-3:0.2.8");

  private final FileSource.Chunks bytes;
  private final int[] frameEnds;
  private final Duration interval;
  private final Pauses pauses;
  private final CountDownLatch closed = new CountDownLatch(1);
  private int position;
  private int nextFrame;

  private PacedReplay(byte[] bytes, int[] frameEnds, Duration interval, Pauses pauses) {
    this.bytes = new FileSource.Chunks(bytes);
    this.frameEnds = frameEnds;
    this.interval = interval;
    this.pauses = pauses;
  }

  /** Finds the frames in {@code bytes} by decoding them once, ahead of the replay. */
  static PacedReplay of(byte[] bytes, Optional<Duration> interval, Pauses pauses) {
    FrameEnds scan = new FrameEnds();
    MeterDecoder decoder = new MeterDecoder(DecoderOptions.defaults(), scan);
    decoder.feed(bytes, 0, bytes.length);
    decoder.finish();
    int[] ends = scan.ends.stream().mapToInt(Integer::intValue).toArray();
    Duration meterInterval = scan.interval == null ? DEFAULT_INTERVAL : scan.interval;
    return new PacedReplay(bytes, ends, interval.orElse(meterInterval), pauses);
  }

  /** Up to the end of the next frame; before each frame but the first, a pause. */
  @Override
  public int read(byte[] buffer) throws IOException {
    if (closed.getCount() == 0) {
      return -1;
    }
    boolean framesLeft = nextFrame < frameEnds.length;
    if (framesLeft && nextFrame > 0 && position == frameEnds[nextFrame - 1]) {
      pause();
    }
    int limit = framesLeft ? frameEnds[nextFrame] - position : buffer.length;
    byte[] chunk = limit < buffer.length ? new byte[limit] : buffer;
    int count = bytes.read(chunk);
    if (count > 0) {
      if (chunk != buffer) {
        System.arraycopy(chunk, 0, buffer, 0, count);
      }
      position += count;
      if (framesLeft && position == frameEnds[nextFrame]) {
        nextFrame++;
      }
    }
    return count;
  }

  private void pause() throws IOException {
    try {
      if (!pauses.await(interval, closed)) {
        throw new InterruptedIOException("replay closed");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while pacing the replay");
    }
  }

  @Override
  public String details() {
    return "replaying one frame per " + interval.toMillis() / 1000.0 + " s";
  }

  @Override
  public void close() {
    closed.countDown();
  }

  /** Where each frame ends, and the interval the first reading's meter kind keeps. */
  private static final class FrameEnds implements MeterDecoder.Listener {
    private final TreeSet<Integer> ends = new TreeSet<>();
    private Duration interval;

    @Override
    public void decoded(Reading reading, Frame frame) {
      ends.add((int) frame.streamOffset() + frame.raw().length);
      if (interval == null) {
        interval = isDsmr5(reading) ? DSMR5_INTERVAL : DEFAULT_INTERVAL;
      }
    }

    @Override
    public void rejected(Rejection rejection) {
      if (rejection.reason() != Reason.GARBAGE) {
        ends.add((int) rejection.streamOffset() + rejection.length());
      }
    }

    private static boolean isDsmr5(Reading reading) {
      return reading.objects().stream()
          .anyMatch(
              object ->
                  object.code().equals(DSMR_VERSION)
                      && object.value() instanceof CosemValue.Text version
                      && version.text().startsWith("5"));
    }
  }
}
