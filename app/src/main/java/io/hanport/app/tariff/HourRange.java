package io.hanport.app.tariff;

import java.time.LocalTime;

/**
 * Clock hours {@code from} inclusive to {@code to} exclusive, in minutes of the day (0–1440);
 * {@code 22-06} wraps past midnight, {@code 00-24} is the whole day.
 */
public record HourRange(int fromMinute, int toMinute) {

  public static final int MINUTES_PER_DAY = 24 * 60;

  public HourRange {
    if (fromMinute < 0 || toMinute > MINUTES_PER_DAY || fromMinute == toMinute) {
      throw new IllegalArgumentException("bad hour range " + fromMinute + "–" + toMinute);
    }
  }

  public boolean contains(LocalTime time) {
    int minute = time.getHour() * 60 + time.getMinute();
    if (fromMinute < toMinute) {
      return minute >= fromMinute && minute < toMinute;
    }
    return minute >= fromMinute || minute < toMinute;
  }

  @Override
  public String toString() {
    return clock(fromMinute) + "–" + clock(toMinute);
  }

  private static String clock(int minute) {
    String hours = String.format("%02d", minute / 60);
    return minute % 60 == 0 ? hours : hours + String.format(":%02d", minute % 60);
  }
}
