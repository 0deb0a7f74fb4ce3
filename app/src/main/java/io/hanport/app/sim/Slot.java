package io.hanport.app.sim;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One {@value #SECONDS}-second slot of simulated time and what appliances need to know about it.
 * Appliances switch only at slot boundaries, so a meter that samples power every 10 s at xx:xx:x0
 * (Swedish P1, Kamstrup) sees every switching edge and its hourly energy matches its power.
 */
record Slot(
    long startEpochSecond, long localEpochDay, int localSecondOfDay, DayOfWeek dayOfWeek,
    int dayOfYear, double outsideC) {

  static final int SECONDS = 10;

  /**
   * The slot that starts at {@code start}, whose local date is {@code localDate} and local time
   * {@code secondOfDay}; {@link Household} computes those once per hour, not per slot.
   */
  static Slot of(long start, LocalDate localDate, int secondOfDay, Site site, long seed) {
    long day = localDate.toEpochDay();
    int dayOfYear = localDate.getDayOfYear();
    double outside = Weather.outsideC(site, seed, day, dayOfYear, secondOfDay);
    return new Slot(start, day, secondOfDay, localDate.getDayOfWeek(), dayOfYear, outside);
  }

  boolean weekend() {
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
  }

  double localHour() {
    return localSecondOfDay / 3600.0;
  }

  /** True when the slot lies in [from, from + length) local seconds of the day. */
  boolean within(int fromSecondOfDay, int lengthSeconds) {
    int offset = localSecondOfDay - fromSecondOfDay;
    return offset >= 0 && offset < lengthSeconds;
  }
}
