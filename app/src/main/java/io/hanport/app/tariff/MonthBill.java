package io.hanport.app.tariff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One calendar month of the bill: the days of it the period covers ({@code firstDay} to {@code
 * endDay} exclusive), its costs (fixed fees pro rata by day, the peak charge so far) and the peak
 * details when the tariff has a peak charge.
 */
public record MonthBill(
    YearMonth month,
    LocalDate firstDay,
    LocalDate endDay,
    CostSummary cost,
    Optional<MonthCharge> peak) {

  public boolean wholeMonth() {
    return firstDay.equals(month.atDay(1)) && endDay.equals(month.plusMonths(1).atDay(1));
  }
}
