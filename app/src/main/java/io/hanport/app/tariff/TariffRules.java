package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One grid company's tariff as read from its rule file. Every amount is WITHOUT VAT: a file that
 * states prices including VAT is converted when read, so the engine adds VAT exactly once.
 *
 * @param file the file it was read from, for messages
 * @param source where the prices come from and since when, as the file states it
 * @param timeZone the zone the file's clock hours and the bill's days and months are in
 * @param vat the VAT rate as a fraction (0.25)
 */
public record TariffRules(
    String file,
    String name,
    String source,
    String currency,
    ZoneId timeZone,
    BigDecimal vat,
    Set<LocalDate> holidays,
    List<FixedFee> fixedFees,
    List<Charge> energyFees,
    List<Charge> taxes,
    Optional<PeakRule> peak,
    Optional<ExportRule> export) {

  public TariffRules {
    holidays = Set.copyOf(holidays);
    fixedFees = List.copyOf(fixedFees);
    energyFees = List.copyOf(energyFees);
    taxes = List.copyOf(taxes);
  }

  /**
   * Where the energy a bill from {@code day} needs begins: peaks count from the month's first day,
   * and a rolling rule needs the months before too.
   */
  public Instant historyStart(LocalDate day) {
    int months = peak.map(rule -> rule.rollingMonths() - 1).orElse(0);
    return day.withDayOfMonth(1).minusMonths(months).atStartOfDay(timeZone).toInstant();
  }
}
