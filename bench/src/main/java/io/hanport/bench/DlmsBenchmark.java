package io.hanport.bench;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.dlms.DlmsDecoder;
import io.hanport.codec.dlms.DlmsKeys;
import io.hanport.codec.dlms.DlmsResult;
import io.hanport.codec.hdlc.Fcs16;
import io.hanport.codec.hdlc.HdlcFramer;
import io.hanport.codec.profile.ProfileMapper;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.Rejection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 3's performance target, one thread: cutting and decoding a stream of 256 distinct HDLC
 * frames (HCS and FCS verified, data-notification mapped to a Telegram) must reach at least 80 %
 * of the frames per second of a plain byte-at-a-time table CRC-16/X-25 pass over the same bytes,
 * for plain frames. Lists: the Swedish Aidon list (581 bytes) and the Norwegian Kamstrup hourly
 * list (302 bytes); encrypted: the same APDUs in general-glo-ciphering, security 0x30, tag checked.
 * Every score is frames per second.
 *
 * <pre>java -jar bench/target/benchmarks.jar Dlms -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DlmsBenchmark {

  static final int FRAMES = 256;

  /** What a serial port or TCP socket typically hands over per read. */
  private static final int CHUNK = 4096;

  @Param({"aidon-se", "kamstrup-no"})
  public String list;

  @Param({"plain", "encrypted"})
  public String security;

  private byte[] stream;
  private int[] offsets;

  @Setup
  public void generateFrames() {
    boolean aidon = "aidon-se".equals(list);
    byte[] information =
        HexFormat.of().parseHex(aidon ? DlmsFrames.AIDON_SE : DlmsFrames.KAMSTRUP_NO);
    int valueAt = aidon ? DlmsFrames.AIDON_POWER_AT : DlmsFrames.KAMSTRUP_POWER_AT;
    offsets = new int[FRAMES + 1];
    stream =
        DlmsFrames.stream(
            information, valueAt, "encrypted".equals(security), FRAMES, 42, offsets);
  }

  /** The baseline: byte-at-a-time table CRC-16/X-25 over each frame's bytes. */
  @Benchmark
  @OperationsPerInvocation(FRAMES)
  public int fcsByteAtATime() {
    int sum = 0;
    for (int i = 0; i < FRAMES; i++) {
      sum += ByteTableFcs16.compute(stream, offsets[i], offsets[i + 1] - offsets[i]);
    }
    return sum;
  }

  /** For reference: the slice-by-8 FCS the framer uses. */
  @Benchmark
  @OperationsPerInvocation(FRAMES)
  public int fcsSliceBy8() {
    int sum = 0;
    for (int i = 0; i < FRAMES; i++) {
      sum += Fcs16.compute(stream, offsets[i], offsets[i + 1] - offsets[i]);
    }
    return sum;
  }

  /** HdlcFramer (HCS, FCS) + DlmsDecoder (deciphering, profiles): bytes to Telegram. */
  @Benchmark
  @OperationsPerInvocation(FRAMES)
  public void decodeToTelegram(Blackhole blackhole) {
    HdlcFramer framer = new HdlcFramer();
    TelegramSink sink = new TelegramSink(blackhole);
    for (int offset = 0; offset < stream.length; offset += CHUNK) {
      framer.feed(stream, offset, Math.min(CHUNK, stream.length - offset), sink);
    }
    framer.finish(sink);
  }

  /** The full path a user gets: MeterDecoder (auto-detection, DLMS, reading mapper) to Reading. */
  @Benchmark
  @OperationsPerInvocation(FRAMES)
  public void decodeToReading(Blackhole blackhole) {
    DecoderOptions options =
        DecoderOptions.defaults()
            .withKeys(Optional.of(DlmsFrames.KEY), Optional.of(DlmsFrames.AUTH_KEY));
    MeterDecoder decoder = new MeterDecoder(options, new ReadingSink(blackhole));
    for (int offset = 0; offset < stream.length; offset += CHUNK) {
      decoder.feed(stream, offset, Math.min(CHUNK, stream.length - offset));
    }
    decoder.finish();
  }

  private static final class TelegramSink implements FrameListener, DlmsDecoder.Listener {
    private final DlmsDecoder decoder =
        new DlmsDecoder(
            new DlmsKeys(Optional.of(DlmsFrames.KEY), Optional.of(DlmsFrames.AUTH_KEY)),
            new ProfileMapper(),
            this);
    private final Blackhole blackhole;

    TelegramSink(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void frame(Frame frame) {
      try {
        blackhole.consume(((DlmsResult.Cosem) decoder.decode(frame).get()).telegram());
      } catch (DecodeException e) {
        throw new IllegalStateException("benchmark frame did not decode: " + e.detail(), e);
      }
    }

    @Override
    public void rejected(Rejection rejection) {
      throw new IllegalStateException("benchmark frame rejected: " + rejection);
    }

    @Override
    public void warning(String message) {
      throw new IllegalStateException("benchmark frame warned: " + message);
    }

    @Override
    public void dropped(Rejection rejection) {
      throw new IllegalStateException("benchmark push dropped: " + rejection);
    }
  }

  private static final class ReadingSink implements MeterDecoder.Listener {
    private final Blackhole blackhole;

    ReadingSink(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void decoded(Reading reading, Frame frame) {
      blackhole.consume(reading);
    }

    @Override
    public void rejected(Rejection rejection) {
      throw new IllegalStateException("benchmark frame rejected: " + rejection);
    }

    @Override
    public void warning(String message) {
      throw new IllegalStateException("benchmark frame warned: " + message);
    }
  }
}
