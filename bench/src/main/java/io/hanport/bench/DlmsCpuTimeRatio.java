package io.hanport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 3's ratio measured in thread CPU time, for machines shared with other work, where JMH's
 * wall-clock scores swing with the load: for each list and security, the FCS baseline and the
 * decode alternate in 100 ms slices and each reports its median frames per CPU-second. GC threads'
 * time is not counted, so read it next to JMH's {@code -prof gc} allocation figures.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.hanport.bench.DlmsCpuTimeRatio</pre>
 */
public final class DlmsCpuTimeRatio {

  private static final int WARMUP_ROUNDS = 20;
  private static final int ROUNDS = 30;
  private static final long SLICE_NANOS = 100_000_000L;

  private DlmsCpuTimeRatio() {}

  public static void main(String[] args) {
    Blackhole blackhole =
        new Blackhole(
            "Today's password is swordfish. "
                + "I understand instantiating Blackholes directly is dangerous.");
    for (String list : new String[] {"aidon-se", "kamstrup-no"}) {
      for (String security : new String[] {"plain", "encrypted"}) {
        DlmsBenchmark benchmark = new DlmsBenchmark();
        benchmark.list = list;
        benchmark.security = security;
        benchmark.generateFrames();
        double[] medians = measure(benchmark, blackhole);
        System.out.printf(
            "%-12s %-10s fcsByteAtATime %,10.0f/s  decodeToTelegram %,10.0f/s  ratio %.2f%n",
            list, security, medians[0], medians[1], medians[1] / medians[0]);
      }
    }
    blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }

  private static double[] measure(DlmsBenchmark benchmark, Blackhole blackhole) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      for (int pass = 0; pass < 2; pass++) {
        long start = threads.getCurrentThreadCpuTime();
        long runs = 0;
        while (threads.getCurrentThreadCpuTime() - start < SLICE_NANOS) {
          if (pass == 0) {
            blackhole.consume(benchmark.fcsByteAtATime());
          } else {
            benchmark.decodeToTelegram(blackhole);
          }
          runs++;
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        if (round >= WARMUP_ROUNDS) {
          rates.get(pass).add(runs * DlmsBenchmark.FRAMES / seconds);
        }
      }
    }
    return new double[] {median(rates.get(0)), median(rates.get(1))};
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
