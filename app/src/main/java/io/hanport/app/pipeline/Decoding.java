package io.hanport.app.pipeline;

import io.hanport.app.source.ValidFrames;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Turns a connection's bytes into meter readings: one decoder per connection, so that a frame cut
 * off by a lost connection is rejected as truncated and never joined to bytes of the next. Counts
 * what it sees on the status board. Runs on the pipeline's reader thread only.
 */
final class Decoding implements MeterDecoder.Listener {

  /** Enough for a hex dump of any frame's start in the bytes of the last few frames. */
  private static final int TAIL_BYTES = 16 * 1024;

  private final String source;
  private final DecoderOptions options;
  private final Clock clock;
  private final StatusBoard board;
  private final MeterNames names;
  private final RejectionLog log;
  private final Consumer<MeterReading> fanOut;
  private final StreamTail tail = new StreamTail(TAIL_BYTES);
  private MeterDecoder decoder;
  private long frameEvents;

  Decoding(
      String source,
      PipelineOptions options,
      StatusBoard board,
      MeterNames names,
      RejectionLog log,
      Consumer<MeterReading> fanOut) {
    this.source = source;
    this.options = options.decoder();
    this.clock = options.clock();
    this.board = board;
    this.names = names;
    this.log = log;
    this.fanOut = fanOut;
  }

  /** A new connection: a fresh decoder, offsets from 0. */
  void connected() {
    tail.reset();
    decoder = new MeterDecoder(options, this);
  }

  void feed(byte[] data, int count) {
    tail.append(data, count);
    board.bytes(count);
    decoder.feed(data, 0, count);
  }

  /** The connection ended: a frame still in progress is rejected as truncated. */
  void disconnected() {
    decoder.finish();
  }

  /** Readings and checksum-valid rejections so far: proof the meter is talking. */
  long frameEvents() {
    return frameEvents;
  }

  @Override
  public void decoded(Reading reading, Frame frame) {
    Instant received = clock.instant();
    String meter = names.nameFor(reading);
    frameEvents++;
    board.reading(meter, reading, received);
    fanOut.accept(new MeterReading(meter, source, received, reading, frame.raw()));
  }

  @Override
  public void rejected(Rejection rejection) {
    if (ValidFrames.passedChecksum(rejection.reason())) {
      frameEvents++;
    }
    board.rejected(rejection.reason());
    log.rejected(rejection, tail);
  }

  @Override
  public void warning(String message) {
    log.warning(message);
  }
}
