package io.hanport.app.store;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches free space under a SQLite store and applies the {@link DiskPolicy}: DSMR-reader's most
 * repeated complaint is a card filled to the last byte (issue 5). The app calls {@link #check()}
 * periodically (once a minute is plenty) and shows the result in its status.
 */
public final class DiskGuard {

  /** What a check found and did. */
  public enum Level {
    OK,
    LOW,
    PRUNED,
    UNKNOWN
  }

  /**
   * @param freeBytes free space after the check, when the file system tells
   * @param prunedRows raw readings deleted by this check
   */
  public record Status(Level level, OptionalLong freeBytes, int prunedRows, String message) {}

  private static final Logger LOG = LoggerFactory.getLogger(DiskGuard.class);
  private static final Duration PRUNE_STEP = Duration.ofDays(1);

  private final Store store;
  private final DiskPolicy policy;

  public DiskGuard(Store store, DiskPolicy policy) {
    this.store = store;
    this.policy = policy;
  }

  public Status check() {
    OptionalLong free = store.freeDiskBytes();
    if (free.isEmpty()) {
      return new Status(Level.UNKNOWN, free, 0, "free space is the database server's to watch");
    }
    int pruned = 0;
    while (free.getAsLong() < policy.pruneBelowBytes()) {
      Optional<StoreInfo.TimeRange> raw = store.info().raw();
      if (raw.isEmpty()) {
        break;
      }
      pruned += store.pruneRaw(raw.get().first().plus(PRUNE_STEP));
      free = store.freeDiskBytes();
    }
    return status(free, pruned);
  }

  private Status status(OptionalLong free, int pruned) {
    long bytes = free.orElse(0);
    String megabytes = bytes / (1024 * 1024) + " MB free";
    if (pruned > 0) {
      String message = megabytes + ": deleted the " + pruned + " oldest raw readings to make room";
      LOG.warn("disk nearly full, {}", message);
      return new Status(Level.PRUNED, free, pruned, message);
    }
    if (bytes < policy.warnBelowBytes()) {
      String message =
          megabytes
              + " on the database's disk: raw readings will be pruned below "
              + policy.pruneBelowBytes() / (1024 * 1024)
              + " MB";
      LOG.warn("disk space low, {}", message);
      return new Status(Level.LOW, free, 0, message);
    }
    return new Status(Level.OK, free, 0, megabytes);
  }
}
