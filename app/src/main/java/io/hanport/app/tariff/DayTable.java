package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A line per day of a bill: energy, the day's charges with VAT (without the peak charge, which
 * belongs to the month) and the month's peak charge as it stood at the day's end, with VAT.
 */
final class DayTable {

  private final StringBuilder out;
  private final Bill bill;

  DayTable(StringBuilder out, Bill bill) {
    this.out = out;
    this.bill = bill;
  }

  void render() {
    String currency = bill.rules().currency();
    BigDecimal withVat = BigDecimal.ONE.add(bill.rules().vat());
    out.append(
        "\nPer day (with VAT; the peak charge is the month's so far, not part of the day)\n");
    TextColumns table = new TextColumns(5);
    table.row("  Day", "Import kWh", "Export kWh", "Charges " + currency, "Peak " + currency);
    for (DayCost day : bill.days()) {
      CostSummary cost = day.cost();
      table.row(
          "  " + day.day(),
          energy(cost.importKwh()),
          energy(cost.exportKwh()),
          BillText.money(cost.total()),
          BillText.money(day.peakChargeToDate().multiply(withVat)));
    }
    table.render(out);
  }

  private static String energy(BigDecimal kwh) {
    return kwh.setScale(3, RoundingMode.HALF_UP).toPlainString();
  }
}
