package io.hanport.app.sim;

/**
 * When a meter pushes what (PROTOCOLS.md §6.6), on the wall clock: pushes fall on fixed ticks
 * counted from the epoch, so a 10-s meter sends at xx:xx:x0 whatever the simulation's start.
 */
interface PushSchedule {

  /** One push: its instant in epoch milliseconds and what it carries. */
  record Emission(long epochMilli, Push push) {}

  /** The first push at or after {@code epochMilli}. */
  Emission next(long epochMilli);

  long MILLIS_PER_HOUR = 3_600_000;
  long TEN_SECONDS = 10_000;

  /** A P1 meter: the same telegram every {@code periodMillis}. */
  static PushSchedule telegrams(long periodMillis) {
    return epochMilli -> new Emission(ceil(epochMilli, periodMillis), Push.TELEGRAM);
  }

  /**
   * Aidon and Kaifa: list 1 every {@code powerMillis}, list 2 in its place every 10 s, and list 3
   * in list 2's place at xx:00:10 (Aidon 2.5 s, Kaifa 2 s; both send list 3 at xx:00:10).
   */
  static PushSchedule threeLists(long powerMillis) {
    return epochMilli -> {
      long tick = ceil(epochMilli, powerMillis);
      if (Math.floorMod(tick, TEN_SECONDS) != 0) {
        return new Emission(tick, Push.POWER);
      }
      boolean hourly = Math.floorMod(tick, MILLIS_PER_HOUR) == TEN_SECONDS;
      return new Emission(tick, hourly ? Push.HOURLY : Push.INSTANTANEOUS);
    };
  }

  /**
   * Kamstrup: the instantaneous list every 10 s at xx:xx:x0 and the hourly list at xx:00:05;
   * there is no power-only list.
   */
  static PushSchedule kamstrup() {
    long halfTick = TEN_SECONDS / 2;
    return epochMilli -> {
      long tick = ceil(epochMilli, halfTick);
      while (Math.floorMod(tick, TEN_SECONDS) != 0
          && Math.floorMod(tick, MILLIS_PER_HOUR) != halfTick) {
        tick += halfTick;
      }
      boolean hourly = Math.floorMod(tick, TEN_SECONDS) != 0;
      return new Emission(tick, hourly ? Push.HOURLY : Push.INSTANTANEOUS);
    };
  }

  private static long ceil(long value, long step) {
    return Math.floorDiv(value + step - 1, step) * step;
  }
}
