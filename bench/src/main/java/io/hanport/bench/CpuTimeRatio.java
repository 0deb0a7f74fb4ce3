package io.hanport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 2's ratio measured in thread CPU time, for machines shared with other work, where JMH's
 * wall-clock scores swing with the load: {@link P1Benchmark} passes alternate in 100 ms slices,
 * and each round's rate of a pass is divided by the byte-at-a-time CRC pass's in the same round.
 * GC threads' time is not counted, so read it next to JMH's {@code -prof gc} allocation figures.
 *
 * <p>On a virtual CPU whose physical core also runs other work, code bound by throughput slows
 * when that work is busy, while the byte-at-a-time CRC, bound by the latency of one table lookup
 * after another, hardly does: so the ratio itself swings, by up to half, from one second to the
 * next. Each pass's ratio is therefore given as the median and quartiles over the rounds, and the
 * slice-by-16 CRC always runs as a probe: bound by throughput and allocating nothing, its spread
 * shows how much of a pass's spread is the machine's.
 *
 * <p>Every pass runs in one JVM, so the decoding passes share what C2 learns: the shuffled pass
 * (every telegram read line by line) changes how the others compile. Name the passes to run, as
 * in the second example, to measure one decoding pass on its own.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.hanport.bench.CpuTimeRatio
 * java -cp bench/target/benchmarks.jar io.hanport.bench.CpuTimeRatio decodeToReading
 * java -cp bench/target/benchmarks.jar io.hanport.bench.CpuTimeRatio --each-round decodeToReading
 * </pre>
 */
public final class CpuTimeRatio {

  private static final String BASELINE = "crcByteAtATime";
  private static final String PROBE = "crcSliceBy16";
  private static final List<String> PASSES = List.of(BASELINE, PROBE,
      "decodeToTelegram", "decodeToReading", "decodeShuffledToReading");
  private static final int WARMUP_ROUNDS = 10;
  private static final int ROUNDS = 40;
  private static final long SLICE_NANOS = 100_000_000L;
  /** Prints every measured round's microseconds per telegram, pass by pass, before the summary. */
  private static final String EACH_ROUND = "--each-round";

  private CpuTimeRatio() {}

  public static void main(String[] args) {
    List<String> arguments = new ArrayList<>(List.of(args));
    boolean eachRound = arguments.remove(EACH_ROUND);
    List<String> passes = passes(arguments);
    P1Benchmark benchmark = new P1Benchmark();
    benchmark.generateTelegrams();
    Blackhole blackhole = new Blackhole("Today's password is swordfish. "
        + "I understand instantiating Blackholes directly is dangerous.");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<List<Double>> rates = new ArrayList<>();
    for (int pass = 0; pass < passes.size(); pass++) {
      rates.add(new ArrayList<>());
    }
    if (eachRound) {
      System.out.println("us per telegram, each round: " + String.join(" ", passes));
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
      if (eachRound && round >= WARMUP_ROUNDS) {
        printRound(rates);
      }
    }
    report(passes, rates);
    blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }

  /** The baseline and the probe, then the passes named on the command line, or every pass. */
  private static List<String> passes(List<String> args) {
    if (args.isEmpty()) {
      return PASSES;
    }
    List<String> passes = new ArrayList<>(List.of(BASELINE, PROBE));
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

  private static void printRound(List<List<Double>> rates) {
    StringBuilder line = new StringBuilder();
    for (List<Double> passRates : rates) {
      line.append(String.format(" %6.2f", 1e6 / passRates.get(passRates.size() - 1)));
    }
    System.out.println(line);
  }

  private static void report(List<String> passes, List<List<Double>> rates) {
    List<Double> baseline = rates.get(0);
    System.out.printf("%-23s %12s %8s   %s%n", "pass", "per CPU-s", "us",
        "% of the CRC pass, same round: median (quartiles)");
    for (int pass = 0; pass < passes.size(); pass++) {
      List<Double> ratios = new ArrayList<>();
      for (int round = 0; round < baseline.size(); round++) {
        ratios.add(100 * rates.get(pass).get(round) / baseline.get(round));
      }
      double rate = median(rates.get(pass));
      System.out.printf("%-23s %,12.0f %8.2f   %5.0f %% (%.0f-%.0f)%n", passes.get(pass), rate,
          1e6 / rate, median(ratios), quantile(ratios, 0.25), quantile(ratios, 0.75));
    }
  }

  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) (q * (sorted.size() - 1)));
  }

  private static double median(List<Double> values) {
    return quantile(values, 0.5);
  }
}
