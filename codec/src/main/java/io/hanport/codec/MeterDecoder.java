package io.hanport.codec;

import io.hanport.codec.dlms.DlmsDecoder;
import io.hanport.codec.dlms.DlmsKeys;
import io.hanport.codec.dlms.DlmsResult;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.p1.P1Decoder;
import io.hanport.codec.p1.P1Framer;
import io.hanport.codec.profile.ProfileMapper;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
  private final DlmsDecoder dlmsDecoder;
  private final ReadingMapper mapper;
  private final FrameListener frames;

  public MeterDecoder(DecoderOptions options, Listener listener) {
    this.mapper = new ReadingMapper(options.zone());
    this.frames = new FrameDecoding(listener);
    this.dlmsDecoder =
        new DlmsDecoder(
            new DlmsKeys(options.encryptionKey(), options.authenticationKey()),
            new ProfileMapper(),
            new DlmsEvents(listener));
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
    dlmsDecoder.finish();
  }

  /** The frame's telegram; empty while a DLMS push still waits for segments or blocks. */
  private Optional<Telegram> decode(Frame frame) throws DecodeException {
    if (frame instanceof P1Frame p1) {
      return Optional.of(p1Decoder.decode(p1));
    }
    Optional<DlmsResult> result = dlmsDecoder.decode(frame);
    if (result.isPresent() && result.get() instanceof DlmsResult.P1Text plaintext) {
      return Optional.of(decodeDecryptedP1(frame, plaintext.telegram()).asDecrypted());
    }
    return result.map(cosem -> ((DlmsResult.Cosem) cosem).telegram());
  }

  /**
   * A P1 telegram out of a ciphered frame (Smarty) keeps its own CRC: framed and checked like any
   * other before it is decoded.
   */
  private Telegram decodeDecryptedP1(Frame frame, byte[] plaintext) throws DecodeException {
    List<P1Frame> telegrams = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    FrameListener collect =
        new FrameListener() {
          @Override
          public void frame(Frame decrypted) {
            telegrams.add((P1Frame) decrypted);
          }

          @Override
          public void rejected(Rejection rejection) {
            rejections.add(rejection);
          }
        };
    P1Framer p1Framer = new P1Framer();
    p1Framer.feed(plaintext, 0, plaintext.length, collect);
    p1Framer.finish(collect);
    if (telegrams.size() != 1) {
      Rejection first = rejections.isEmpty() ? null : rejections.get(0);
      throw new DecodeException(
          first == null ? Reason.MALFORMED : first.reason(),
          "decrypted P1 telegram: " + (first == null ? "none found" : first.detail()));
    }
    return p1Decoder.decode(
        new P1Frame(frame.streamOffset(), plaintext, telegrams.get(0).checksumVerified()));
  }

  /** What the DLMS decoder reports besides telegrams goes to the same listener. */
  private static final class DlmsEvents implements DlmsDecoder.Listener {
    private final Listener listener;

    DlmsEvents(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void warning(String message) {
      listener.warning(message);
    }

    @Override
    public void dropped(Rejection rejection) {
      listener.rejected(rejection);
    }
  }

  /** Decodes each frame as the framer emits it; a bad frame is reported, never thrown. */
  private final class FrameDecoding implements FrameListener {
    private final Listener listener;

    FrameDecoding(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void frame(Frame frame) {
      Optional<Telegram> telegram;
      try {
        telegram = decode(frame);
      } catch (DecodeException bad) {
        listener.rejected(
            new Rejection(bad.reason(), frame.streamOffset(), frame.raw().length, bad.detail()));
        return;
      }
      telegram.ifPresent(decoded -> listener.decoded(mapper.map(decoded), frame));
    }

    @Override
    public void rejected(Rejection rejection) {
      listener.rejected(rejection);
    }
  }
}
