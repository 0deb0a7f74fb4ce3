package io.hanport.codec;

import io.hanport.codec.obis.Telegram;
import io.hanport.codec.p1.P1Decoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;

/**
 * Bytes from a meter in, readings out: the codec's one entry point.
 *
 * <p>Detects each frame's wire format ({@link WireFormat}), verifies its checksum, decodes it and
 * maps it to the reading contract. Feed it chunks of any size; it never throws on input: every
 * frame that does not become a reading is reported once, with its reason. Not thread-safe: one
 * decoder per byte stream.
 */
public final class MeterDecoder {

  /** Receives the outcome of every frame. */
  public interface Listener {

    void decoded(Reading reading, Frame frame);

    void rejected(Rejection rejection);

    /** Something a person should know that rejects nothing, e.g. a tag that was not checked. */
    default void warning(String message) {}
  }

  private final AutoFramer framer = new AutoFramer();
  private final P1Decoder p1Decoder = new P1Decoder();
  private final ReadingMapper mapper;
  private final FrameListener frames;

  public MeterDecoder(DecoderOptions options, Listener listener) {
    this.mapper = new ReadingMapper(options.zone());
    this.frames = new FrameDecoding(listener);
  }

  public void feed(byte[] data, int offset, int length) {
    framer.feed(data, offset, length, frames);
  }

  public void feed(byte[] data) {
    feed(data, 0, data.length);
  }

  /** The input has ended: a frame still incomplete is rejected as truncated. */
  public void finish() {
    framer.finish(frames);
  }

  private Telegram decode(Frame frame) throws DecodeException {
    if (frame instanceof P1Frame p1) {
      return p1Decoder.decode(p1);
    }
    throw new DecodeException(Reason.UNSUPPORTED, "no decoder for " + frame.getClass().getSimpleName());
  }

  /** Decodes each frame as the framer emits it; a bad frame is reported, never thrown. */
  private final class FrameDecoding implements FrameListener {
    private final Listener listener;

    FrameDecoding(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void frame(Frame frame) {
      Telegram telegram;
      try {
        telegram = decode(frame);
      } catch (DecodeException bad) {
        listener.rejected(
            new Rejection(bad.reason(), frame.streamOffset(), frame.raw().length, bad.detail()));
        return;
      }
      listener.decoded(mapper.map(telegram), frame);
    }

    @Override
    public void rejected(Rejection rejection) {
      listener.rejected(rejection);
    }
  }
}
