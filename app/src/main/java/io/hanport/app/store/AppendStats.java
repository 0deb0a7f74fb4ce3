package io.hanport.app.store;

import java.time.Duration;

/**
 * How long the store's appends take, for {@code /metrics} (issue 7: store latency): a count and
 * the total time, so that a scraper can take the mean over any window, and the latest one. Only
 * appends that succeed are timed; a failing store shows as readings pending and dropped instead.
 */
public final class AppendStats {

  private long appends;
  private long readings;
  private long totalNanos;
  private long lastNanos;

  synchronized void record(int batchSize, long nanos) {
    appends++;
    readings += batchSize;
    totalNanos += nanos;
    lastNanos = nanos;
  }

  public synchronized long appends() {
    return appends;
  }

  public synchronized long readings() {
    return readings;
  }

  public synchronized Duration total() {
    return Duration.ofNanos(totalNanos);
  }

  public synchronized Duration last() {
    return Duration.ofNanos(lastNanos);
  }
}
