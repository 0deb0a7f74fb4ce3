package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.pipeline.ReadingSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store as a pipeline sink: buffers readings and appends them as one transaction every {@code
 * interval} (issue 5: every 10 s by default, to spare SD cards) or as soon as {@code maxBatch} are
 * waiting. A failed append (server down, disk full) keeps the readings and retries with the next
 * flush, up to {@code maxPending}; beyond that the oldest are dropped and counted, because a
 * bounded queue is all the memory a Raspberry Pi can promise. Closing flushes; it does not close
 * the store.
 */
public final class BatchingWriter implements ReadingSink {

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
  public static final int DEFAULT_MAX_BATCH = 5_000;
  public static final int DEFAULT_MAX_PENDING = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(BatchingWriter.class);

  private final Store store;
  private final int maxBatch;
  private final int maxPending;
  private final ScheduledExecutorService scheduler;
  private final Object lock = new Object();
  private final AppendStats stats = new AppendStats();
  private List<MeterReading> pending = new ArrayList<>();
  private long dropped;
  private volatile boolean failing;

  public BatchingWriter(Store store, Duration interval, int maxBatch, int maxPending) {
    this.store = store;
    this.maxBatch = maxBatch;
    this.maxPending = maxPending;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "hanport-store-writer");
              thread.setDaemon(true);
              return thread;
            });
    long millis = interval.toMillis();
    scheduler.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  public static BatchingWriter withDefaults(Store store) {
    return new BatchingWriter(store, DEFAULT_INTERVAL, DEFAULT_MAX_BATCH, DEFAULT_MAX_PENDING);
  }

  @Override
  public void accept(MeterReading reading) {
    boolean full;
    synchronized (lock) {
      if (pending.size() >= maxPending) {
        pending.remove(0);
        dropped++;
      }
      pending.add(reading);
      full = pending.size() >= maxBatch && !failing;
    }
    if (full) {
      scheduler.execute(this::flushQuietly);
    }
  }

  /** Appends what is buffered now, in batches of at most {@code maxBatch}. */
  public void flush() {
    List<MeterReading> batch;
    synchronized (lock) {
      batch = pending;
      pending = new ArrayList<>();
    }
    for (int from = 0; from < batch.size(); from += maxBatch) {
      List<MeterReading> part = batch.subList(from, Math.min(batch.size(), from + maxBatch));
      try {
        long started = System.nanoTime();
        store.append(part);
        stats.record(part.size(), System.nanoTime() - started);
      } catch (StoreException failure) {
        requeue(batch.subList(from, batch.size()));
        throw failure;
      }
    }
  }

  /** Readings dropped because appends kept failing while the buffer was full. */
  public long dropped() {
    synchronized (lock) {
      return dropped;
    }
  }

  /** Readings waiting for the next append. */
  public int pending() {
    synchronized (lock) {
      return pending.size();
    }
  }

  public AppendStats appendStats() {
    return stats;
  }

  @Override
  public void close() {
    scheduler.shutdown();
    try {
      scheduler.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    flush();
  }

  private void flushQuietly() {
    try {
      flush();
      if (failing) {
        LOG.info("store writes work again");
        failing = false;
      }
    } catch (StoreException failure) {
      if (!failing) {
        LOG.warn("cannot store readings, keeping them to retry: {}", failure.getMessage());
        failing = true;
      }
    }
  }

  private void requeue(List<MeterReading> unwritten) {
    synchronized (lock) {
      List<MeterReading> merged = new ArrayList<>(unwritten);
      merged.addAll(pending);
      int excess = merged.size() - maxPending;
      if (excess > 0) {
        dropped += excess;
        merged = new ArrayList<>(merged.subList(excess, merged.size()));
      }
      pending = merged;
    }
  }
}
