package io.hanport.bench;

import io.hanport.codec.obis.Telegram;
import io.hanport.codec.p1.P1Decoder;
import io.hanport.codec.p1.P1Framer;
import io.hanport.codec.reading.ReadingMapper;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Rejection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * Where {@link P1Benchmark#decodeToReading}'s time goes: each stage of the P1 path alone, on the
 * same stream of distinct Swedish telegrams, fed the previous stage's output made once in setup;
 * every score is telegrams per second. The later stages read inputs made in setup, in older memory
 * than the full path's freshly built ones, so the stages' times need not add up to the full
 * path's.
 *
 * <pre>java -jar bench/target/benchmarks.jar P1StageBenchmark -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class P1StageBenchmark {

  private static final int TELEGRAMS = P1Benchmark.TELEGRAMS;
  private static final int CHUNK = P1Benchmark.CHUNK;

  private byte[] stream;
  private P1Frame[] frames;
  private Telegram[] telegrams;

  @Setup
  public void decodeOnce() throws DecodeException {
    stream = SwedishTelegrams.stream(TELEGRAMS, 42, new int[TELEGRAMS + 1]);
    List<P1Frame> framed = new ArrayList<>();
    P1Framer framer = new P1Framer();
    framer.feed(stream, 0, stream.length, new FrameCollector(framed::add));
    frames = framed.toArray(new P1Frame[0]);
    if (frames.length != TELEGRAMS) {
      throw new IllegalStateException(frames.length + " frames of " + TELEGRAMS + " telegrams");
    }
    P1Decoder decoder = new P1Decoder();
    telegrams = new Telegram[frames.length];
    for (int i = 0; i < frames.length; i++) {
      telegrams[i] = decoder.decode(frames[i]);
    }
  }

  /** Bytes to CRC-checked frames. */
  @Benchmark
  @OperationsPerInvocation(TELEGRAMS)
  public void frame(Blackhole blackhole) {
    P1Framer framer = new P1Framer();
    FrameCollector sink = new FrameCollector(blackhole::consume);
    for (int offset = 0; offset < stream.length; offset += CHUNK) {
      framer.feed(stream, offset, Math.min(CHUNK, stream.length - offset), sink);
    }
  }

  /** Frames to telegrams (COSEM objects). */
  @Benchmark
  @OperationsPerInvocation(TELEGRAMS)
  public void decode(Blackhole blackhole) throws DecodeException {
    P1Decoder decoder = new P1Decoder();
    for (P1Frame frame : frames) {
      blackhole.consume(decoder.decode(frame));
    }
  }

  /** Telegrams to readings. */
  @Benchmark
  @OperationsPerInvocation(TELEGRAMS)
  public void map(Blackhole blackhole) {
    ReadingMapper mapper = new ReadingMapper(ZoneId.of("Europe/Stockholm"));
    for (Telegram telegram : telegrams) {
      blackhole.consume(mapper.map(telegram));
    }
  }

  private static final class FrameCollector implements FrameListener {
    private final Consumer<P1Frame> consumer;

    FrameCollector(Consumer<P1Frame> consumer) {
      this.consumer = consumer;
    }

    @Override
    public void frame(Frame frame) {
      P1Benchmark.requireVerifiedCrc(frame);
      consumer.accept((P1Frame) frame);
    }

    @Override
    public void rejected(Rejection rejection) {
      throw new IllegalStateException("benchmark telegram rejected: " + rejection);
    }
  }
}
