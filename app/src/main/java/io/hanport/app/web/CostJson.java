package io.hanport.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hanport.app.tariff.Bill;
import io.hanport.app.tariff.CostSummary;
import io.hanport.app.tariff.DemandWindow;
import io.hanport.app.tariff.MonthBill;
import io.hanport.app.tariff.MonthCharge;
import io.hanport.app.tariff.TimeSpan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/cost}'s body: the points, the period's itemised summary (amounts without VAT but
 * {@code total}; the peak charge is each month's so far), the latest month's peak and what is
 * missing. Money in the tariff's currency to four decimals.
 */
final class CostJson {

  private CostJson() {}

  static String write(String meter, Bill bill, Resolution resolution, Instant from, Instant to,
      TariffStatus tariff) {
    ObjectNode body = Json.object()
        .put("meter", meter)
        .put("tariff", bill.rules().name())
        .put("currency", bill.rules().currency())
        .put("vat_rate", bill.rules().vat())
        .put("zone", bill.rules().timeZone().getId())
        .put("resolution", resolution.id())
        .put("from", bill.from().toString())
        .put("to", bill.toExclusive().toString())
        .put("spot_prices", bill.pricesGiven());
    tariff.prices().ifPresent(prices -> body.put("prices", prices));
    new CostPoints(bill).write(body.putArray("points"), resolution, from, to);
    summary(body.putObject("summary"), bill.total());
    List<MonthBill> months = bill.months();
    months.get(months.size() - 1).peak().ifPresent(peak -> peak(body.putObject("peak"), peak));
    body.put("complete", bill.complete());
    spans(body.putArray("missing_prices"), bill.missingPrices());
    spans(body.putArray("missing_energy"), bill.missingEnergy());
    return Json.write(body);
  }

  private static void summary(ObjectNode json, CostSummary cost) {
    json.put("import_kwh", money(cost.importKwh()))
        .put("export_kwh", money(cost.exportKwh()))
        .put("spot_cost", money(cost.spotCost()));
    items(json.putArray("grid_fees"), cost.energyFees());
    items(json.putArray("taxes"), cost.taxes());
    items(json.putArray("fixed_fees"), cost.fixedFees());
    json.put("peak_charge", money(cost.peakCharge()))
        .put("net", money(cost.net()))
        .put("vat", money(cost.vat()))
        .put("total", money(cost.total()))
        .put("export_income", money(cost.exportIncome()))
        .put("to_pay", money(cost.toPay()));
  }

  private static void peak(ObjectNode json, MonthCharge peak) {
    json.put("month", peak.peaks().month().toString())
        .put("charged", peak.charged())
        .put("billed_kw_so_far", HeadroomJson.kw(peak.billedKwSoFar()))
        .put("charge_so_far", money(peak.chargeSoFar()))
        .put("billed_kw_projected", HeadroomJson.kw(peak.billedKwProjected()))
        .put("charge_projected", money(peak.chargeProjected()));
    ArrayNode peaks = json.putArray("peaks");
    for (DemandWindow window : peak.peaks().top()) {
      peaks.addObject()
          .put("start", window.start().toString())
          .put("demand_kw", HeadroomJson.kw(window.demandKw()))
          .put("weighted_kw", HeadroomJson.kw(window.weightedKw()));
    }
  }

  private static void items(ArrayNode json, Map<String, BigDecimal> amounts) {
    amounts.forEach((name, amount) -> json.addObject().put("name", name)
        .put("amount", money(amount)));
  }

  private static void spans(ArrayNode json, List<TimeSpan> spans) {
    for (TimeSpan span : spans) {
      json.addObject().put("from", span.start().toString()).put("to", span.end().toString());
    }
  }

  static BigDecimal money(BigDecimal amount) {
    BigDecimal rounded = amount.setScale(4, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
  }

  static BigDecimal sum(Map<String, BigDecimal> amounts) {
    return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
