package io.hanport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 2's ratio measured in thread CPU time, for machines shared with other work, where JMH's
 * wall-clock scores swing with the load: {@link P1Benchmark} passes alternate in 100 ms slices and
 * each reports its median telegrams per CPU-second against the byte-at-a-time CRC pass, which
 * always runs. GC threads' time is not counted, so read it next to JMH's {@code -prof gc}
 * allocation figures.
 *
 * <p>Every pass runs in one JVM, so the decoding passes share what C2 learns: the shuffled pass
 * (every telegram read line by line) changes how the others compile. Name the passes to run, as
 * in the second example, to measure one decoding pass on its own.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.hanport.bench.CpuTimeRatio
 * java -cp bench/target/benchmarks.jar io.hanport.bench.CpuTimeRatio decodeToReading
 * </pre>
 */
public final class CpuTimeRatio {

  private static final String BASELINE = "crcByteAtATime";
  private static final List<String> PASSES = List.of(BASELINE, "crcSliceBy16",
      "decodeToTelegram", "decodeToReading", "decodeShuffledToReading");
  private static final int WARMUP_ROUNDS = 10;
  private static final int ROUNDS = 40;
  private static final long SLICE_NANOS = 100_000_000L;

  private CpuTimeRatio() {}

  public static void main(String[] args) {
    List<String> passes = passes(args);
    P1Benchmark benchmark = new P1Benchmark();
    benchmark.generateTelegrams();
    Blackhole blackhole = new Blackhole("Today's password is swordfish. "
        + "I understand instantiating Blackholes directly is dangerous.");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<List<Double>> rates = new ArrayList<>();
    for (int pass = 0; pass < passes.size(); pass++) {
      rates.add(new ArrayList<>());
    }
    for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      for (int pass = 0; pass < passes.size(); pass++) {
        long start = threads.getCurrentThreadCpuTime();
        long streams = 0;
        while (threads.getCurrentThreadCpuTime() - start < SLICE_NANOS) {
          run(benchmark, passes.get(pass), blackhole);
          streams++;
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        if (round >= WARMUP_ROUNDS) {
          rates.get(pass).add(streams * P1Benchmark.TELEGRAMS / seconds);
        }
      }
    }
    report(passes, rates);
    blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }

  /** The baseline, then the passes named on the command line, or every pass. */
  private static List<String> passes(String[] args) {
    if (args.length == 0) {
      return PASSES;
    }
    List<String> passes = new ArrayList<>(List.of(BASELINE));
    for (String name : args) {
      if (!PASSES.contains(name)) {
        throw new IllegalArgumentException("no pass " + name + "; passes: " + PASSES);
      }
      if (!passes.contains(name)) {
        passes.add(name);
      }
    }
    return passes;
  }

  private static void run(P1Benchmark benchmark, String pass, Blackhole blackhole) {
    switch (pass) {
      case BASELINE:
        blackhole.consume(benchmark.crcByteAtATime());
        break;
      case "crcSliceBy16":
        blackhole.consume(benchmark.crcSliceBy16());
        break;
      case "decodeToTelegram":
        benchmark.decodeToTelegram(blackhole);
        break;
      case "decodeToReading":
        benchmark.decodeToReading(blackhole);
        break;
      default:
        benchmark.decodeShuffledToReading(blackhole);
        break;
    }
  }

  private static void report(List<String> passes, List<List<Double>> rates) {
    double baseline = median(rates.get(0));
    for (int pass = 0; pass < passes.size(); pass++) {
      double median = median(rates.get(pass));
      System.out.printf("%-23s %,11.0f telegrams/CPU-s  %6.2f us  %5.0f %% of the CRC pass%n",
          passes.get(pass), median, 1e6 / median, 100 * median / baseline);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
