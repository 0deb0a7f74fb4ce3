package io.hanport.bench;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.p1.Crc16Arc;
import io.hanport.codec.p1.P1Decoder;
import io.hanport.codec.p1.P1Framer;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 2's performance target, one thread: decoding a stream of 1024 distinct Swedish telegrams
 * (about 712 bytes each, CRC verified) must reach at least 80 % of the telegrams per second of a
 * plain byte-at-a-time table CRC-16/ARC pass over the same bytes. Every score is telegrams per
 * second ({@link OperationsPerInvocation} = telegrams in the stream).
 *
 * <pre>java -jar bench/target/benchmarks.jar P1 -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class P1Benchmark {

  static final int TELEGRAMS = 1024;

  private static final int OBJECTS_PER_TELEGRAM = 27;
  private static final int FIELDS_PER_READING = 30;

  /** What a serial port or TCP socket typically hands over per read. */
  static final int CHUNK = 4096;

  private byte[] stream;
  private int[] offsets;
  private byte[] shuffledStream;

  @Setup
  public void generateTelegrams() {
    offsets = new int[TELEGRAMS + 1];
    stream = SwedishTelegrams.stream(TELEGRAMS, 42, offsets);
    shuffledStream = SwedishTelegrams.stream(TELEGRAMS, 42, new int[TELEGRAMS + 1], true);
    requireFullReadings(stream);
    requireFullReadings(shuffledStream);
  }

  /**
   * Once, untimed: the stream decodes to one reading per telegram with every object and every
   * field the telegram feeds (protocol, encrypted, header, meter time, four energy registers, four
   * power totals, twelve per-phase powers, three voltages, three currents).
   */
  private static void requireFullReadings(byte[] stream) {
    List<Reading> readings = new ArrayList<>();
    MeterDecoder decoder =
        new MeterDecoder(
            DecoderOptions.defaults(),
            new MeterDecoder.Listener() {
              @Override
              public void decoded(Reading reading, Frame frame) {
                requireVerifiedCrc(frame);
                readings.add(reading);
              }

              @Override
              public void rejected(Rejection rejection) {
                throw new IllegalStateException("benchmark telegram rejected: " + rejection);
              }
            });
    decoder.feed(stream);
    decoder.finish();
    for (Reading reading : readings) {
      if (reading.objects().size() != OBJECTS_PER_TELEGRAM
          || reading.fields().size() != FIELDS_PER_READING) {
        throw new IllegalStateException("benchmark telegram not fully read: " + reading);
      }
    }
    if (readings.size() != TELEGRAMS) {
      throw new IllegalStateException(readings.size() + " readings of " + TELEGRAMS + " telegrams");
    }
  }

  /** The baseline: byte-at-a-time table CRC over each telegram's bytes. */
  @Benchmark
  @OperationsPerInvocation(TELEGRAMS)
  public int crcByteAtATime() {
    int sum = 0;
    for (int i = 0; i < TELEGRAMS; i++) {
      sum += ByteTableCrc16Arc.compute(stream, offsets[i], offsets[i + 1] - offsets[i]);
    }
    return sum;
  }

  /** For reference: the slice-by-16 CRC the framer uses. */
  @Benchmark
  @OperationsPerInvocation(TELEGRAMS)
  public int crcSliceBy16() {
    int sum = 0;
    for (int i = 0; i < TELEGRAMS; i++) {
      sum += Crc16Arc.compute(stream, offsets[i], offsets[i + 1] - offsets[i]);
    }
    return sum;
  }

  /** P1Framer (CRC verified) + P1Decoder: bytes to {@link Telegram}. */
  @Benchmark
  @OperationsPerInvocation(TELEGRAMS)
  public void decodeToTelegram(Blackhole blackhole) {
    P1Framer framer = new P1Framer();
    TelegramSink sink = new TelegramSink(blackhole);
    for (int offset = 0; offset < stream.length; offset += CHUNK) {
      framer.feed(stream, offset, Math.min(CHUNK, stream.length - offset), sink);
    }
    framer.finish(sink);
  }

  /** The full path a user gets: MeterDecoder (auto-detection, P1, reading mapper) to a Reading. */
  @Benchmark
  @OperationsPerInvocation(TELEGRAMS)
  public void decodeToReading(Blackhole blackhole) {
    decodeToReading(stream, blackhole);
  }

  /**
   * The same for telegrams whose lines come in a new order each time: the decoder cannot build
   * one from the last one's layout and reads every line (the worst case, not issue 2's target).
   */
  @Benchmark
  @OperationsPerInvocation(TELEGRAMS)
  public void decodeShuffledToReading(Blackhole blackhole) {
    decodeToReading(shuffledStream, blackhole);
  }

  private static void decodeToReading(byte[] stream, Blackhole blackhole) {
    MeterDecoder decoder = new MeterDecoder(DecoderOptions.defaults(), new ReadingSink(blackhole));
    for (int offset = 0; offset < stream.length; offset += CHUNK) {
      decoder.feed(stream, offset, Math.min(CHUNK, stream.length - offset));
    }
    decoder.finish();
  }

  /** Every telegram carries a CRC: a frame that was not checked would make the comparison void. */
  static void requireVerifiedCrc(Frame frame) {
    if (!((P1Frame) frame).checksumVerified()) {
      throw new IllegalStateException("benchmark telegram's CRC was not verified");
    }
  }

  private static final class TelegramSink implements FrameListener {
    private final P1Decoder decoder = new P1Decoder();
    private final Blackhole blackhole;

    TelegramSink(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void frame(Frame frame) {
      requireVerifiedCrc(frame);
      try {
        blackhole.consume(decoder.decode((P1Frame) frame));
      } catch (DecodeException e) {
        throw new IllegalStateException("benchmark telegram did not decode: " + e.detail(), e);
      }
    }

    @Override
    public void rejected(Rejection rejection) {
      throw new IllegalStateException("benchmark telegram rejected: " + rejection);
    }
  }

  private static final class ReadingSink implements MeterDecoder.Listener {
    private final Blackhole blackhole;

    ReadingSink(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void decoded(Reading reading, Frame frame) {
      requireVerifiedCrc(frame);
      blackhole.consume(reading);
    }

    @Override
    public void rejected(Rejection rejection) {
      throw new IllegalStateException("benchmark telegram rejected: " + rejection);
    }
  }
}
