package io.hanport.app.serve;

import io.hanport.app.store.DiskGuard;
import io.hanport.app.store.DiskPolicy;
import io.hanport.app.store.Store;
import io.hanport.app.store.StoreException;
import io.hanport.app.store.StoreSettings;
import io.hanport.app.web.StatusSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}'s housekeeping of the store, on a thread of its own: once a minute the {@link
 * DiskGuard} looks at free space (a WARN line and a status field when low; the oldest raw readings
 * pruned before the disk fills), and once an hour raw readings older than the retention go (issue
 * 5: 30 days of raw readings, rollups forever).
 */
final class DiskWatch implements AutoCloseable {

  static final Duration CHECK_EVERY = Duration.ofMinutes(1);
  static final Duration RETENTION_EVERY = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(DiskWatch.class);

  private final Store store;
  private final DiskGuard guard;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private volatile Optional<DiskGuard.Status> latest = Optional.empty();
  private Instant nextRetentionPrune = Instant.MIN;

  DiskWatch(Store store, DiskPolicy policy, Clock clock) {
    this.store = store;
    this.guard = new DiskGuard(store, policy);
    this.clock = clock;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "hanport-disk-watch");
              thread.setDaemon(true);
              return thread;
            });
  }

  void start() {
    scheduler.scheduleWithFixedDelay(this::check, 0, CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The last check as the status page shows it; empty before the first. */
  Optional<StatusSnapshot.Disk> status() {
    return latest.map(
        status ->
            new StatusSnapshot.Disk(status.level().name(), status.freeBytes(), status.message()));
  }

  private void check() {
    try {
      Instant now = clock.instant();
      if (!now.isBefore(nextRetentionPrune)) {
        int pruned = store.pruneRaw(now.minus(StoreSettings.DEFAULT_RAW_RETENTION));
        if (pruned > 0) {
          LOG.info("pruned {} raw readings older than the retention", pruned);
        }
        nextRetentionPrune = now.plus(RETENTION_EVERY);
      }
      latest = Optional.of(guard.check());
    } catch (StoreException failure) {
      LOG.warn("cannot check the database's disk: {}", failure.getMessage());
    }
  }

  @Override
  public void close() {
    scheduler.shutdown();
    try {
      scheduler.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
