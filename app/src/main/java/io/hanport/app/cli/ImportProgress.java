package io.hanport.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * How far an import has come, on stderr: a bar redrawn in place when stderr is a terminal, else a
 * plain line every few seconds (logs and pipes get no carriage returns). Position and total are in
 * the input's own unit (bytes of a file, seconds of a simulated range); an input without an end
 * (stdin) shows readings and rate only.
 */
final class ImportProgress {

  private static final long BAR_EVERY_NANOS = 250_000_000L;
  private static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean bar;
  private final long total;
  private final LongFunction<String> position;
  private final LongSupplier nanoTime;
  private final long started;
  private long lastShown;

  /**
   * @param total the position at the end, or 0 when unknown
   * @param position how a position reads, e.g. {@code 12.3 MB}
   */
  ImportProgress(
      PrintWriter err,
      boolean bar,
      long total,
      LongFunction<String> position,
      LongSupplier nanoTime) {
    this.err = err;
    this.bar = bar;
    this.total = total;
    this.position = position;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.lastShown = started;
  }

  /** Whether standard error is a terminal, where a bar redrawn in place reads well. */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException notLinux) {
      return System.console() != null;
    }
  }

  void update(long done, long readings) {
    long now = nanoTime.getAsLong();
    if (now - lastShown < (bar ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
      return;
    }
    lastShown = now;
    show(done, readings, now);
  }

  /** The last state; a bar ends its line so that the summary starts on a fresh one. */
  void finish(long done, long readings) {
    if (bar) {
      show(done, readings, nanoTime.getAsLong());
      err.println();
      err.flush();
    }
  }

  private void show(long done, long readings, long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    StringBuilder line = new StringBuilder(bar ? "\r" : "import: ");
    if (total > 0) {
      double fraction = Math.min(1, (double) done / total);
      if (bar) {
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        line.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled));
        line.append("] ");
      }
      line.append(String.format(Locale.ROOT, "%3.0f%% ", fraction * 100));
      line.append(position.apply(done)).append(" of ").append(position.apply(total));
    } else {
      line.append(position.apply(done));
    }
    double rate = readings / seconds;
    line.append(String.format(Locale.ROOT, ", %,d readings, ", readings));
    line.append(String.format(Locale.ROOT, rate < 10 ? "%.2f" : "%,.0f", rate))
        .append(" readings/s");
    if (total > 0 && done > 0 && done < total) {
      line.append(", ETA ").append(duration((long) (seconds * (total - done) / done)));
    }
    err.print(bar ? line + "   " : line + System.lineSeparator());
    err.flush();
  }

  static String duration(long seconds) {
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** Bytes as people read them: megabytes, or gigabytes from 10 GB on. */
  static String megabytes(long bytes) {
    return bytes >= 10_000_000_000L
        ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
