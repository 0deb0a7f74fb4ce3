package io.hanport.app.sim;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One {@value #SECONDS}-second slot of simulated time and what appliances need to know about it.
 * Appliances switch only at slot boundaries, so a meter that samples power every 10 s at xx:xx:x0
 * (Swedish P1, Kamstrup) sees every switching edge and its hourly energy matches its power.
 */
record Slot(
    long startEpochSecond, long localEpochDay, int localSecondOfDay, DayOfWeek dayOfWeek,
    int dayOfYear, double outsideC) {

  static final int SECONDS = 10;

  static Slot of(long epochSecond, Site site, long seed) {
    long start = Math.floorDiv(epochSecond, SECONDS) * SECONDS;
    LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(start), site.zone());
    long day = local.toLocalDate().toEpochDay();
    int secondOfDay = local.toLocalTime().toSecondOfDay();
    double outside = Weather.outsideC(site, seed, day, local.getDayOfYear(), secondOfDay);
    return new Slot(start, day, secondOfDay, local.getDayOfWeek(), local.getDayOfYear(), outside);
  }

  boolean weekend() {
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
  }

  double localHour() {
    return localSecondOfDay / 3600.0;
  }

  /** True when the slot lies in [from, from + length) local seconds of the day. */
  boolean within(int fromSecondOfDay, int lengthSeconds) {
    return localSecondOfDay >= fromSecondOfDay && localSecondOfDay < fromSecondOfDay + lengthSeconds;
  }
}
