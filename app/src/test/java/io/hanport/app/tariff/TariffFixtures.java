package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made tariffs and energy for the tariff tests: every number is chosen to be checkable. */
final class TariffFixtures {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private TariffFixtures() {}

  /** Rules from YAML text; the header (currency SEK, Stockholm, VAT 25 % on top) is added. */
  static TariffRules rules(String body) throws TariffException {
    return RulesReader.read(
        "test.yaml",
        """
        name: Test grid
        currency: SEK
        time_zone: Europe/Stockholm
        vat: 0.25
        prices_include_vat: false
        """
            + body);
  }

  static BigDecimal kwh(String value) {
    return new BigDecimal(value);
  }

  /**
   * Interval energy over local days [from, toExclusive) in steps of {@code minutes}: {@code
   * baseKwh} in every interval except those overridden by local start time.
   */
  static final class Series {
    private final LocalDate from;
    private final LocalDate toExclusive;
    private final int minutes;
    private final BigDecimal baseKwh;
    private final Map<Instant, BigDecimal> imports = new LinkedHashMap<>();
    private final Map<Instant, BigDecimal> exports = new LinkedHashMap<>();

    Series(LocalDate from, LocalDate toExclusive, int minutes, String baseKwh) {
      this.from = from;
      this.toExclusive = toExclusive;
      this.minutes = minutes;
      this.baseKwh = new BigDecimal(baseKwh);
    }

    /** Import in the interval starting at a local time (the earlier one if ambiguous). */
    Series at(String localStart, String kwh) {
      imports.put(
          LocalDateTime.parse(localStart).atZone(STOCKHOLM).toInstant(), new BigDecimal(kwh));
      return this;
    }

    /** Import in the interval starting at an instant (for the repeated autumn hour). */
    Series at(Instant start, String kwh) {
      imports.put(start, new BigDecimal(kwh));
      return this;
    }

    Series export(String localStart, String kwh) {
      exports.put(
          LocalDateTime.parse(localStart).atZone(STOCKHOLM).toInstant(), new BigDecimal(kwh));
      return this;
    }

    EnergySeries build() {
      List<EnergyInterval> intervals = new ArrayList<>();
      Instant end = toExclusive.atStartOfDay(STOCKHOLM).toInstant();
      Duration step = Duration.ofMinutes(minutes);
      for (Instant t = from.atStartOfDay(STOCKHOLM).toInstant();
          t.isBefore(end);
          t = t.plus(step)) {
        intervals.add(
            new EnergyInterval(
                t,
                t.plus(step),
                imports.getOrDefault(t, baseKwh),
                exports.getOrDefault(t, BigDecimal.ZERO)));
      }
      return EnergySeries.of(intervals);
    }
  }
}
