package io.hanport.app.tariff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * When a rate, weight or peak window applies, judged at the local wall-clock start of an interval:
 * listed months, listed days of the week, a clock-hour range, and whether public holidays (the
 * dates the rule file lists) are excluded, as in Swedish "helgfri vardag".
 */
public record When(
    Set<Month> months, Set<DayOfWeek> days, Optional<HourRange> hours, boolean excludeHolidays) {

  public static final When ALWAYS =
      new When(EnumSet.allOf(Month.class), EnumSet.allOf(DayOfWeek.class), Optional.empty(), false);

  public When {
    months = Set.copyOf(months);
    days = Set.copyOf(days);
  }

  public boolean matches(LocalDateTime local, Set<LocalDate> holidays) {
    return months.contains(local.getMonth())
        && days.contains(local.getDayOfWeek())
        && hours.map(range -> range.contains(local.toLocalTime())).orElse(true)
        && !(excludeHolidays && holidays.contains(local.toLocalDate()));
  }

  public boolean isAlways() {
    return equals(ALWAYS);
  }
}
