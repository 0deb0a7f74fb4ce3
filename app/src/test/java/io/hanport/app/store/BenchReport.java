package io.hanport.app.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** {@link StoreBench}'s figures, printed as they come and saved at the end. */
final class BenchReport {

  private static final int WARM_UP = 50;
  private static final int RUNS = 1000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final StringBuilder text = new StringBuilder();

  void line(String format, Object... arguments) {
    String line = String.format(format, arguments);
    System.out.println(line);
    text.append(line).append('\n');
  }

  void ingest(String workload, long readings, BenchClock clock) {
    double append = clock.appendSeconds();
    double cpu = clock.appendCpuSeconds();
    line(
        "  %s: %,d readings, %.1f s in Store.append (%,.0f readings/s), %.1f s wall in all"
            + " (with generating the readings)",
        workload, readings, append, readings / append, clock.wallSeconds());
    OptionalLong server = clock.serverCpuNanos();
    if (server.isPresent()) {
      double serverSeconds = server.getAsLong() / 1e9;
      line(
          "    CPU: %.1f s writer thread + %.1f s PostgreSQL server = %,.0f readings per"
              + " CPU-second",
          cpu, serverSeconds, readings / (cpu + serverSeconds));
    } else {
      line("    CPU: %.1f s writer thread = %,.0f readings per CPU-second", cpu, readings / cpu);
    }
  }

  /** The dashboard's history queries (issue 5: each under 20 ms with a year of data). */
  void queries(Store store, Instant end) {
    time(
        "a day of 15-minute values",
        () -> store.history("main", end.minus(Duration.ofDays(1)), end, Resolution.QUARTER_HOUR));
    time(
        "a month of days",
        () -> store.history("main", end.minus(Duration.ofDays(31)), end, Resolution.DAY));
    time(
        "five years of months",
        () -> store.history("main", end.minus(Duration.ofDays(5 * 366)), end, Resolution.MONTH));
  }

  void save(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text);
    System.out.println("saved to " + file.toAbsolutePath());
  }

  /** Wall time, which the shared machine's load stretches, and this thread's CPU time. */
  private void time(String name, Supplier<List<EnergyInterval>> query) {
    int rows = 0;
    for (int i = 0; i < WARM_UP; i++) {
      rows = query.get().size();
    }
    long[] nanos = new long[RUNS];
    long[] cpuNanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long started = System.nanoTime();
      long cpuStarted = THREADS.getCurrentThreadCpuTime();
      query.get();
      cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - cpuStarted;
      nanos[i] = System.nanoTime() - started;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpuNanos);
    line(
        "  query %s (%d rows): median %.2f ms, p99 %.2f ms, max %.2f ms;"
            + " CPU of the querying thread median %.2f ms, p99 %.2f ms",
        name,
        rows,
        nanos[RUNS / 2] / 1e6,
        nanos[RUNS * 99 / 100 - 1] / 1e6,
        nanos[RUNS - 1] / 1e6,
        cpuNanos[RUNS / 2] / 1e6,
        cpuNanos[RUNS * 99 / 100 - 1] / 1e6);
  }
}
