package io.hanport.app.web;

import io.hanport.app.sim.DemoPrices;
import io.hanport.app.tariff.EnergyInterval;
import io.hanport.app.tariff.EnergySeries;
import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.MonthPeaks;
import io.hanport.app.tariff.PriceTable;
import io.hanport.app.tariff.RulesReader;
import io.hanport.app.tariff.ShippedTariffs;
import io.hanport.app.tariff.TariffEngine;
import io.hanport.app.tariff.TariffRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's tariff on a fake backend: Ellevio's shipped rules billing a synthetic history's hours
 * with the demo's invented prices, and a fixed live headroom (2.4 kW so far this hour, 5 kW
 * threshold, 4.2 kW left), as {@code hanport demo} serves them.
 */
final class DemoTariff {

  static final BigDecimal HEADROOM_KW = new BigDecimal("4.2");

  private DemoTariff() {}

  static void add(FakeBackend backend, FakeBackend.HistorySource history, String meter,
      Instant now) throws Exception {
    TariffRules rules = RulesReader.read("tariffs/ellevio.yaml",
        ShippedTariffs.text("ellevio").orElseThrow());
    ZoneId zone = rules.timeZone();
    backend.withTariff(
        new TariffStatus(rules, Optional.of(DemoPrices.LABEL), Optional.empty(), Optional.empty()),
        (name, from, toExclusive) -> {
          LocalDate monthStart = from.withDayOfMonth(1);
          List<EnergyInterval> intervals = new ArrayList<>();
          for (HistoryPoint point : history.history(name, monthStart.atStartOfDay(zone).toInstant(),
              toExclusive.atStartOfDay(zone).toInstant(), Resolution.HOUR)) {
            intervals.add(new EnergyInterval(point.start(), point.start().plus(Duration.ofHours(1)),
                BigDecimal.valueOf(point.importKwh()), BigDecimal.valueOf(point.exportKwh())));
          }
          PriceTable prices = new PriceTable("SE3", "SEK");
          prices.putAll(DemoPrices.between(from, toExclusive, zone));
          return new TariffEngine(rules).bill(EnergySeries.of(intervals), Optional.of(prices),
              from, toExclusive);
        });
    Instant window = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    backend.withHeadroom(meter, new Headroom(window, window.plus(Duration.ofHours(1)), true,
        new BigDecimal("1.2"), new BigDecimal("2.4"), new BigDecimal("3.1"),
        Optional.of(new BigDecimal("5")), Optional.of(new BigDecimal("5")),
        Optional.of(HEADROOM_KW), new MonthPeaks(YearMonth.from(now.atZone(zone)), 3, List.of())));
  }
}
