package io.hanport.app.store;

import java.time.Clock;
import java.time.Duration;

/**
 * How long raw readings are kept, and the clock that decides what "older than the retention" means.
 * Rollups are kept forever.
 *
 * @param rawRetention readings older than this (by their time) are rolled up but not kept raw
 * @param clock the host's clock; tests fix it
 */
public record StoreSettings(Duration rawRetention, Clock clock) {

  /** Issue 5: 30 days of raw readings. */
  public static final Duration DEFAULT_RAW_RETENTION = Duration.ofDays(30);

  public static StoreSettings defaults() {
    return new StoreSettings(DEFAULT_RAW_RETENTION, Clock.systemUTC());
  }
}
