package io.hanport.app.sim;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The tariff a meter counts in. DSMR's indicator 0-0:96.14.0 sends "0001" for tariff 1 (the Dutch
 * low, "dal") and "0002" for tariff 2 (normal) (PROTOCOLS.md §2).
 */
enum Tariff {
  LOW("0001"),
  NORMAL("0002");

  private final String indicator;

  Tariff(String indicator) {
    this.indicator = indicator;
  }

  String indicator() {
    return indicator;
  }

  /** Which tariff counts at an instant. */
  interface Calendar {
    Tariff at(long epochSecond);
  }

  /** A meter with one register per direction: everything counts on tariff 1. */
  static Calendar single() {
    return epochSecond -> LOW;
  }

  /** The Dutch day/night switch: low from 23:00 to 07:00 on weekdays and all weekend. */
  static Calendar dutch(ZoneId zone) {
    return epochSecond -> {
      LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
      DayOfWeek day = local.getDayOfWeek();
      boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
      int hour = local.getHour();
      return weekend || hour >= 23 || hour < 7 ? LOW : NORMAL;
    };
  }
}
