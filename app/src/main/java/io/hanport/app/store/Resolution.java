package io.hanport.app.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The rollup resolutions kept forever (issue 5). Day and month boundaries are local midnights in
 * the store's zone, so a day is 23, 24 or 25 hours long.
 */
public enum Resolution {
  QUARTER_HOUR("15m"),
  HOUR("1h"),
  DAY("1d"),
  MONTH("1M");

  private final String code;

  Resolution(String code) {
    this.code = code;
  }

  /** The short name used by {@code hanport export --resolution} and stored in the database. */
  public String code() {
    return code;
  }

  /** {@code 15m}, {@code 1h}, {@code 1d} or {@code 1M}. */
  public static Resolution parse(String code) {
    for (Resolution resolution : values()) {
      if (resolution.code.equals(code)) {
        return resolution;
      }
    }
    throw new IllegalArgumentException(
        "unknown resolution '"
            + code
            + "': use one of "
            + Arrays.stream(values()).map(Resolution::code).collect(Collectors.joining(", ")));
  }
}
