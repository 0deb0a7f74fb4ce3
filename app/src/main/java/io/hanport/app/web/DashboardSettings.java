package io.hanport.app.web;

import java.time.ZoneId;
import java.util.Optional;

/**
 * How the web layer behaves, apart from where it listens.
 *
 * @param auth the credential every request must carry; empty = open (read-only either way)
 * @param mainFuseA the main fuse rating per phase, in amperes: the dashboard's current bars end
 *     there and turn amber and red as they near it
 * @param zone the meter's local time zone: history intervals and the dashboard's clocks use it
 */
public record DashboardSettings(Optional<HttpAuth> auth, int mainFuseA, ZoneId zone) {

  /** A common Swedish house fuse (16, 20, 25 A are all usual). */
  public static final int DEFAULT_MAIN_FUSE_A = 20;

  public DashboardSettings {
    if (mainFuseA <= 0) {
      throw new IllegalArgumentException("the main fuse must be a positive number of amperes");
    }
  }
}
