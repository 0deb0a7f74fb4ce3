package io.hanport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 2's ratio measured in thread CPU time, for machines shared with other work, where JMH's
 * wall-clock scores swing with the load: the four {@link P1Benchmark} passes alternate in 100 ms
 * slices and each reports its median telegrams per CPU-second. GC threads' time is not counted, so
 * read it next to JMH's {@code -prof gc} allocation figures.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.hanport.bench.CpuTimeRatio</pre>
 */
public final class CpuTimeRatio {

  private static final String[] PASSES = {
    "crcByteAtATime", "crcSliceBy16", "decodeToTelegram", "decodeToReading"
  };
  private static final int WARMUP_ROUNDS = 10;
  private static final int ROUNDS = 40;
  private static final long SLICE_NANOS = 100_000_000L;

  private CpuTimeRatio() {}

  public static void main(String[] args) {
    P1Benchmark benchmark = new P1Benchmark();
    benchmark.generateTelegrams();
    Blackhole blackhole = new Blackhole("Today's password is swordfish. "
        + "I understand instantiating Blackholes directly is dangerous.");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<List<Double>> rates = new ArrayList<>();
    for (int pass = 0; pass < PASSES.length; pass++) {
      rates.add(new ArrayList<>());
    }
    for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      for (int pass = 0; pass < PASSES.length; pass++) {
        long start = threads.getCurrentThreadCpuTime();
        long streams = 0;
        while (threads.getCurrentThreadCpuTime() - start < SLICE_NANOS) {
          run(benchmark, pass, blackhole);
          streams++;
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        if (round >= WARMUP_ROUNDS) {
          rates.get(pass).add(streams * P1Benchmark.TELEGRAMS / seconds);
        }
      }
    }
    report(rates);
    blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }

  private static void run(P1Benchmark benchmark, int pass, Blackhole blackhole) {
    switch (pass) {
      case 0:
        blackhole.consume(benchmark.crcByteAtATime());
        break;
      case 1:
        blackhole.consume(benchmark.crcSliceBy16());
        break;
      case 2:
        benchmark.decodeToTelegram(blackhole);
        break;
      default:
        benchmark.decodeToReading(blackhole);
        break;
    }
  }

  private static void report(List<List<Double>> rates) {
    double baseline = median(rates.get(0));
    for (int pass = 0; pass < PASSES.length; pass++) {
      double median = median(rates.get(pass));
      System.out.printf("%-17s %,11.0f telegrams/CPU-s  %6.2f us  %5.0f %% of the CRC pass%n",
          PASSES[pass], median, 1e6 / median, 100 * median / baseline);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
