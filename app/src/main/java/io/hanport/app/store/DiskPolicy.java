package io.hanport.app.store;

/**
 * When free space on the database's file system counts as low. Below {@code warnBelowBytes} the log
 * and status warn; below {@code pruneBelowBytes} the oldest raw readings go, a day at a time, until
 * there is room again or none are left. Rollups are never pruned: they are what the history is, and
 * a year of them is a few megabytes.
 */
public record DiskPolicy(long warnBelowBytes, long pruneBelowBytes) {

  private static final long MB = 1024 * 1024;

  /** Warn below 500 MB; prune below 100 MB, while the SD card still has room to breathe. */
  public static DiskPolicy defaults() {
    return new DiskPolicy(500 * MB, 100 * MB);
  }

  public DiskPolicy {
    if (pruneBelowBytes > warnBelowBytes) {
      throw new IllegalArgumentException(
          "pruning starts before the warning: " + pruneBelowBytes + " > " + warnBelowBytes);
    }
  }
}
