package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

/** The peak-charge part of a bill's text: the rule, the billed demand, each peak with its time. */
final class PeakLines {

  private final TariffRules rules;
  private final PeakRule rule;
  private final ZoneId zone;

  PeakLines(TariffRules rules) {
    this.rules = rules;
    this.rule = rules.peak().orElseThrow();
    this.zone = rules.timeZone();
  }

  /** One line saying how the peak charge is measured. */
  String describeRule() {
    StringBuilder text = new StringBuilder();
    text.append(rule.topN() == 1 ? "the highest " : "mean of the " + rule.topN() + " highest ")
        .append(rule.measureMinutes())
        .append("-minute demand")
        .append(rule.topN() == 1 ? "" : "s")
        .append(rule.distinctDays() ? ", one per day" : "");
    if (rule.minimumKw().signum() > 0) {
      text.append(", at least ")
          .append(rule.minimumKw().stripTrailingZeros().toPlainString())
          .append(" kW");
    }
    if (rule.rollingMonths() > 1) {
      text.append(", averaged over ").append(rule.rollingMonths()).append(" months");
    }
    return text.toString();
  }

  /** The charge, then each peak with its local time, as rows of the month's table. */
  void rows(TextColumns table, MonthBill month, MonthCharge charge) {
    if (!charge.charged()) {
      table.row("  Peak charge: none in this month: the rule's windows do not cover it", "", "");
      return;
    }
    table.row("  Peak charge", pricing(month, charge), BillText.money(charge.chargeSoFar()));
    for (DemandWindow peak : charge.peaks().top()) {
      table.row("    " + peak.span().describe(zone), weighted(peak), "");
    }
    int missing = rule.topN() - charge.peaks().top().size();
    if (missing > 0) {
      table.row(
          "    ("
              + missing
              + " more peak"
              + (missing == 1 ? "" : "s")
              + " to come, counted as 0 kW)",
          "",
          "");
    }
    if (!month.wholeMonth() || missing > 0) {
      table.row(
          "  Peak charge projected for the whole month",
          BillText.kw(charge.billedKwProjected()),
          BillText.money(charge.chargeProjected()));
    }
  }

  private String pricing(MonthBill month, MonthCharge charge) {
    String billed = BillText.kw(charge.billedKwSoFar());
    String averaged =
        charge.monthsAveraged() > 1 ? " (mean of " + charge.monthsAveraged() + " months)" : "";
    if (rule.pricing() instanceof PeakPricing.PerKw perKw) {
      BigDecimal price = perKw.pricePerKw(month.month().getMonth());
      return billed
          + averaged
          + " × "
          + price.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
          + " "
          + rules.currency()
          + "/kW";
    }
    return billed + averaged + ", step " + charge.step().map(PeakPricing.Step::toString).orElse("");
  }

  private static String weighted(DemandWindow peak) {
    if (peak.weight().compareTo(BigDecimal.ONE) == 0) {
      return BillText.kw(peak.demandKw());
    }
    return BillText.kw(peak.weightedKw())
        + " ("
        + BillText.kw(peak.demandKw())
        + " × "
        + peak.weight().stripTrailingZeros().toPlainString()
        + ")";
  }
}
