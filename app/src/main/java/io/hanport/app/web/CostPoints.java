package io.hanport.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hanport.app.tariff.Bill;
import io.hanport.app.tariff.CostSummary;
import io.hanport.app.tariff.DayCost;
import io.hanport.app.tariff.IntervalCost;
import io.hanport.app.tariff.MonthBill;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code points} of {@code /api/v1/cost}: a bill's intervals summed per 15 minutes or hour, or
 * its days or months as the engine rolled them up. A point with an interval lacking a spot price
 * has {@code spot_cost} and {@code total} null and {@code missing_prices} true: missing, not zero.
 */
final class CostPoints {

  private final Bill bill;
  private final ZoneId zone;
  private final BigDecimal vatRate;
  private final Set<Instant> missing = new HashSet<>();

  CostPoints(Bill bill) {
    this.bill = bill;
    this.zone = bill.rules().timeZone();
    this.vatRate = bill.rules().vat();
  }

  void write(ArrayNode points, Resolution resolution, Instant from, Instant to) {
    for (IntervalCost cost : bill.intervals()) {
      if (bill.pricesGiven() && cost.spotCost().isEmpty()) {
        missing.add(resolution.floor(cost.energy().start().atZone(zone)).toInstant());
      }
    }
    switch (resolution) {
      case QUARTER_HOUR, HOUR -> intervals(points, resolution, from, to);
      case DAY -> days(points);
      case MONTH -> months(points);
    }
  }

  private void intervals(ArrayNode points, Resolution resolution, Instant from, Instant to) {
    Map<Instant, Sum> sums = new LinkedHashMap<>();
    for (IntervalCost cost : bill.intervals()) {
      Instant start = resolution.floor(cost.energy().start().atZone(zone)).toInstant();
      if (!start.isBefore(from) && start.isBefore(to)) {
        sums.computeIfAbsent(start, key -> new Sum()).add(cost);
      }
    }
    sums.forEach((start, sum) -> {
      BigDecimal net = sum.spot.add(sum.fees).add(sum.taxes);
      BigDecimal vat = net.multiply(vatRate);
      ObjectNode point = point(points, start, sum.importKwh, sum.exportKwh, sum.spot)
          .put("grid_fees", CostJson.money(sum.fees))
          .put("taxes", CostJson.money(sum.taxes))
          .put("fixed_fees", 0)
          .put("peak_charge", 0)
          .put("vat", CostJson.money(vat));
      total(point, start, net.add(vat)).put("export_income", CostJson.money(sum.exportIncome));
    });
  }

  private void days(ArrayNode points) {
    for (DayCost day : bill.days()) {
      summary(points, day.day().atStartOfDay(zone).toInstant(), day.cost())
          .put("peak_charge_to_date", CostJson.money(day.peakChargeToDate()));
    }
  }

  private void months(ArrayNode points) {
    for (MonthBill month : bill.months()) {
      ObjectNode point = summary(points, month.firstDay().atStartOfDay(zone).toInstant(),
          month.cost());
      month.peak().ifPresent(peak ->
          point.put("peak_charge_projected", CostJson.money(peak.chargeProjected())));
    }
  }

  private ObjectNode summary(ArrayNode points, Instant start, CostSummary cost) {
    ObjectNode point = point(points, start, cost.importKwh(), cost.exportKwh(), cost.spotCost())
        .put("grid_fees", CostJson.money(CostJson.sum(cost.energyFees())))
        .put("taxes", CostJson.money(CostJson.sum(cost.taxes())))
        .put("fixed_fees", CostJson.money(cost.fixedFeesTotal()))
        .put("peak_charge", CostJson.money(cost.peakCharge()))
        .put("vat", CostJson.money(cost.vat()));
    return total(point, start, cost.total()).put("export_income",
        CostJson.money(cost.exportIncome()));
  }

  private ObjectNode point(ArrayNode points, Instant start, BigDecimal importKwh,
      BigDecimal exportKwh, BigDecimal spot) {
    ObjectNode point = points.addObject()
        .put("start", start.atZone(zone).toOffsetDateTime().toString())
        .put("import_kwh", CostJson.money(importKwh))
        .put("export_kwh", CostJson.money(exportKwh));
    if (bill.pricesGiven() && !missing.contains(start)) {
      point.put("spot_cost", CostJson.money(spot));
    } else {
      point.putNull("spot_cost");
    }
    return point;
  }

  private ObjectNode total(ObjectNode point, Instant start, BigDecimal total) {
    if (missing.contains(start)) {
      return point.putNull("total").put("missing_prices", true);
    }
    return point.put("total", CostJson.money(total));
  }

  /** Interval costs summed into one 15-minute or hourly point. */
  private static final class Sum {
    BigDecimal importKwh = BigDecimal.ZERO;
    BigDecimal exportKwh = BigDecimal.ZERO;
    BigDecimal spot = BigDecimal.ZERO;
    BigDecimal fees = BigDecimal.ZERO;
    BigDecimal taxes = BigDecimal.ZERO;
    BigDecimal exportIncome = BigDecimal.ZERO;

    void add(IntervalCost cost) {
      importKwh = importKwh.add(cost.energy().importKwh());
      exportKwh = exportKwh.add(cost.energy().exportKwh());
      spot = spot.add(cost.spotCost().orElse(BigDecimal.ZERO));
      fees = fees.add(CostJson.sum(cost.energyFees()));
      taxes = taxes.add(CostJson.sum(cost.taxes()));
      exportIncome = exportIncome.add(cost.exportSpotIncome()).add(cost.exportGridBenefit());
    }
  }
}
