package io.hanport.app.tariff;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time selectors a rate, weight or window may carry: {@code months: nov-mar} (or a list,
 * {@code [nov, dec]}), {@code days: weekdays} ({@code weekends}, {@code all}, {@code mon-fri}, a
 * list), {@code hours: 07-19} ({@code 22-06} wraps midnight, {@code 07:30-19:00}), {@code holidays:
 * exclude}. Absent selectors match everything.
 */
final class WhenReader {

  static final Set<String> KEYS = Set.of("months", "days", "hours", "holidays");

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final Pattern HOURS =
      Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*-\\s*(\\d{1,2})(?::(\\d{2}))?");

  private WhenReader() {}

  static When read(YamlNode owner, Map<String, YamlNode> fields) throws TariffException {
    Set<Month> months = EnumSet.allOf(Month.class);
    Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
    if (fields.containsKey("months")) {
      months = months(fields.get("months"));
    }
    if (fields.containsKey("days")) {
      days = days(fields.get("days"));
    }
    Optional<HourRange> hours = Optional.empty();
    if (fields.containsKey("hours")) {
      hours = Optional.of(hours(fields.get("hours")));
    }
    boolean excludeHolidays = false;
    if (fields.containsKey("holidays")) {
      excludeHolidays = holidays(fields.get("holidays"));
    }
    return new When(months, days, hours, excludeHolidays);
  }

  private static Set<Month> months(YamlNode node) throws TariffException {
    String requirement = "must be months like nov-mar, [nov, dec, jan] or jan";
    Set<Month> months = EnumSet.noneOf(Month.class);
    for (String name : names(node)) {
      int[] range = range(name, MONTHS);
      if (range.length == 0) {
        throw node.invalid(requirement);
      }
      for (int i = range[0]; ; i = (i + 1) % 12) {
        months.add(Month.of(i + 1));
        if (i == range[1]) {
          break;
        }
      }
    }
    return months;
  }

  private static Set<DayOfWeek> days(YamlNode node) throws TariffException {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String name : names(node)) {
      String range =
          switchName(name, "weekdays", "mon-fri", "weekends", "sat-sun", "all", "mon-sun");
      int[] bounds = range(range, DAYS);
      if (bounds.length == 0) {
        throw node.invalid("must be weekdays, weekends, all, a range like mon-fri or a list");
      }
      for (int i = bounds[0]; ; i = (i + 1) % 7) {
        days.add(DayOfWeek.of(i + 1));
        if (i == bounds[1]) {
          break;
        }
      }
    }
    return days;
  }

  static HourRange hours(YamlNode node) throws TariffException {
    Matcher matcher = HOURS.matcher(node.text());
    if (matcher.matches() && minuteOk(matcher.group(2)) && minuteOk(matcher.group(4))) {
      int from = minutes(matcher.group(1), matcher.group(2));
      int to = minutes(matcher.group(3), matcher.group(4));
      if (from < HourRange.MINUTES_PER_DAY && to <= HourRange.MINUTES_PER_DAY && from != to) {
        return new HourRange(from, to);
      }
    }
    throw node.invalid(
        "must be clock hours from-to like 07-19 or 22-06 (to is exclusive; 00-24 is all day)");
  }

  private static boolean holidays(YamlNode node) throws TariffException {
    String text = node.text();
    if (text.equals("exclude") || text.equals("include")) {
      return text.equals("exclude");
    }
    throw node.invalid("must be exclude (the listed holidays do not count) or include");
  }

  private static List<String> names(YamlNode node) throws TariffException {
    if (!node.isList()) {
      return List.of(node.text().toLowerCase(Locale.ROOT));
    }
    List<String> names = new ArrayList<>();
    for (YamlNode item : node.list()) {
      names.add(item.text().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** {@code a-b} or {@code a} as indexes into {@code names}; empty when a name is unknown. */
  private static int[] range(String text, List<String> names) {
    String[] parts = text.split("\\s*-\\s*", -1);
    if (parts.length > 2) {
      return new int[0];
    }
    int first = names.indexOf(abbreviation(parts[0]));
    int last = names.indexOf(abbreviation(parts[parts.length - 1]));
    return first < 0 || last < 0 ? new int[0] : new int[] {first, last};
  }

  /** Full names and numbers work too: {@code november}, {@code 11}. */
  private static String abbreviation(String name) {
    if (name.matches("\\d{1,2}")) {
      int number = Integer.parseInt(name);
      return number >= 1 && number <= MONTHS.size() ? MONTHS.get(number - 1) : name;
    }
    return name.length() > 3 ? name.substring(0, 3) : name;
  }

  private static String switchName(String name, String... aliasesAndRanges) {
    for (int i = 0; i < aliasesAndRanges.length; i += 2) {
      if (aliasesAndRanges[i].equals(name)) {
        return aliasesAndRanges[i + 1];
      }
    }
    return name;
  }

  private static boolean minuteOk(String minutes) {
    return minutes == null || Integer.parseInt(minutes) < 60;
  }

  private static int minutes(String hours, String minutes) {
    return Integer.parseInt(hours) * 60 + (minutes == null ? 0 : Integer.parseInt(minutes));
  }
}
