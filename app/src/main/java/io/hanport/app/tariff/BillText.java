package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bill as text, itemised the way an invoice is (energy, each fee, each tax, fixed fees, the peak
 * charge with its peaks and their times, VAT, total), so a user can hold it against the grid
 * company's invoice line by line.
 */
public final class BillText {

  private final Bill bill;
  private final ZoneId zone;
  private final String currency;
  private final StringBuilder out = new StringBuilder();

  private BillText(Bill bill) {
    this.bill = bill;
    this.zone = bill.rules().timeZone();
    this.currency = bill.rules().currency();
  }

  /** The bill; with {@code perDay} also a line per day. */
  public static String render(Bill bill, boolean perDay) {
    BillText text = new BillText(bill);
    text.header();
    for (MonthBill month : bill.months()) {
      text.month(month);
    }
    if (bill.months().size() > 1) {
      text.summary(
          "Total " + bill.from() + " to " + bill.toExclusive().minusDays(1),
          bill.total(),
          Optional.empty());
    }
    if (perDay) {
      new DayTable(text.out, bill).render();
    }
    text.gaps();
    return text.out.toString();
  }

  private void header() {
    TariffRules rules = bill.rules();
    out.append("Tariff  ").append(rules.name()).append(" (").append(rules.file()).append(")\n");
    if (!rules.source().isEmpty()) {
      out.append("Source  ").append(rules.source()).append('\n');
    }
    out.append("        Prices change: check these against your contract and invoice.\n");
    out.append("Period  ")
        .append(bill.from())
        .append(" to ")
        .append(bill.toExclusive().minusDays(1))
        .append(" (")
        .append(zone)
        .append(")\n");
    if (!bill.pricesGiven()) {
      out.append("Spot    no spot prices given: grid charges only\n");
    }
  }

  private void month(MonthBill month) {
    String title = month.month().toString();
    if (!month.wholeMonth()) {
      title += " (" + month.firstDay() + " to " + month.endDay().minusDays(1) + ")";
    }
    summary(title, month.cost(), Optional.of(month));
  }

  /**
   * @param month the month whose peaks to list under the peak charge; empty for a total
   */
  private void summary(String title, CostSummary cost, Optional<MonthBill> month) {
    out.append('\n').append(title).append('\n');
    Optional<PeakLines> peakLines = bill.rules().peak().map(rule -> new PeakLines(bill.rules()));
    peakLines.ifPresent(
        lines -> out.append("  (peak charge: ").append(lines.describeRule()).append(")\n"));
    TextColumns table = new TextColumns(3);
    table.row("  Energy imported", kwh(cost.importKwh()), "");
    table.row("  Energy exported", kwh(cost.exportKwh()), "");
    if (bill.pricesGiven()) {
      table.row("  Spot energy", kwh(cost.importKwh()), money(cost.spotCost()));
    }
    items(table, "  Grid fee: ", cost.energyFees(), kwh(cost.importKwh()));
    items(table, "  Tax: ", cost.taxes(), kwh(cost.importKwh()));
    items(table, "  Fixed: ", cost.fixedFees(), "");
    Optional<MonthCharge> charge = month.flatMap(MonthBill::peak);
    if (peakLines.isPresent() && charge.isPresent()) {
      peakLines.get().rows(table, month.get(), charge.get());
    } else if (peakLines.isPresent()) {
      table.row("  Peak charge", "", money(cost.peakCharge()));
    }
    table.row("  Subtotal without VAT", "", money(cost.net()));
    table.row("  VAT " + percent(bill.rules().vat()), "", money(cost.vat()));
    table.row("  Total " + currency, "", money(cost.total()));
    if (bill.rules().export().isPresent()) {
      table.row(
          "  Export income (no VAT): spot", kwh(cost.exportKwh()), money(cost.exportSpotIncome()));
      table.row(
          "  Export income: grid benefit", kwh(cost.exportKwh()), money(cost.exportGridBenefit()));
      table.row("  To pay after export income " + currency, "", money(cost.toPay()));
    }
    table.render(out);
  }

  private static void items(
      TextColumns table, String prefix, Map<String, BigDecimal> items, String quantity) {
    items.forEach((name, amount) -> table.row(prefix + name, quantity, money(amount)));
  }

  private void gaps() {
    if (bill.complete()) {
      return;
    }
    out.append("\nINCOMPLETE: the amounts above cover only what is known.\n");
    spans("Spot prices missing (not priced at zero)", bill.missingPrices());
    spans("Energy missing (no data from the meter)", bill.missingEnergy());
    spans(
        "Energy that also covers a gap in the readings (billed, not used as a peak)",
        bill.gapEnergy());
  }

  private void spans(String title, List<TimeSpan> spans) {
    if (spans.isEmpty()) {
      return;
    }
    out.append(title)
        .append(", ")
        .append(spans.size())
        .append(spans.size() == 1 ? " span:\n" : " spans:\n");
    for (TimeSpan span : spans) {
      out.append("  ").append(span.describe(zone)).append('\n');
    }
  }

  static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  static String kwh(BigDecimal energy) {
    return energy.setScale(3, RoundingMode.HALF_UP).toPlainString() + " kWh";
  }

  static String kw(BigDecimal demand) {
    return demand.setScale(3, RoundingMode.HALF_UP).toPlainString() + " kW";
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
  }
}
