package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Times {@link Store#append} for {@link StoreBench}: wall clock, CPU of the appending thread and,
 * for PostgreSQL, CPU of the server processes whose connections carry {@link #APPLICATION_NAME}
 * (from {@code /proc}, so only for a server on this Linux machine). On a shared machine wall-clock
 * rates follow the load; CPU seconds tell what the work itself costs.
 */
final class BenchClock {

  static final String APPLICATION_NAME = "hanport-bench";

  /** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
  private static final long NANOS_PER_TICK = 10_000_000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final boolean postgres;
  private final long started = System.nanoTime();
  private final Map<Long, Long> serverTicksAtStart;
  private long appendNanos;
  private long appendCpuNanos;

  BenchClock(boolean postgres) {
    this.postgres = postgres;
    this.serverTicksAtStart = postgres ? serverTicks() : Map.of();
  }

  void append(Store store, List<MeterReading> batch) {
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    store.append(batch);
    appendCpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    appendNanos += System.nanoTime() - wall;
  }

  double appendSeconds() {
    return appendNanos / 1e9;
  }

  double appendCpuSeconds() {
    return appendCpuNanos / 1e9;
  }

  double wallSeconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  /** CPU nanoseconds the server spent for the store since this clock started, when known. */
  OptionalLong serverCpuNanos() {
    if (!postgres) {
      return OptionalLong.empty();
    }
    Map<Long, Long> now = serverTicks();
    if (now.isEmpty()) {
      return OptionalLong.empty();
    }
    long ticks = 0;
    for (Map.Entry<Long, Long> backend : now.entrySet()) {
      ticks += backend.getValue() - serverTicksAtStart.getOrDefault(backend.getKey(), 0L);
    }
    return OptionalLong.of(ticks * NANOS_PER_TICK);
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0]
          + " "
          + fields[1]
          + " "
          + fields[2]
          + " on "
          + Runtime.getRuntime().availableProcessors()
          + " cores";
    } catch (IOException unknown) {
      return "unknown";
    }
  }

  /** utime + stime of each server process serving the bench's connections, by pid. */
  private static Map<Long, Long> serverTicks() {
    Map<Long, Long> ticks = new HashMap<>();
    String sql =
        "SELECT pid FROM pg_stat_activity WHERE application_name = '" + APPLICATION_NAME + "'";
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://"
                    + PostgresStoreTest.HOST
                    + ":"
                    + PostgresStoreTest.PORT
                    + "/test",
                "postgres",
                "");
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        long pid = row.getLong(1);
        processTicks(pid).ifPresent(value -> ticks.put(pid, value));
      }
    } catch (SQLException failure) {
      throw new AssertionError(failure);
    }
    return ticks;
  }

  /** Fields 14 and 15 of /proc/PID/stat, counted after the command name's closing parenthesis. */
  private static OptionalLong processTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    } catch (IOException | RuntimeException unreadable) {
      return OptionalLong.empty();
    }
  }
}
