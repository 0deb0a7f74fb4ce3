package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One local day: its costs (fixed fees as the day's share of the month, no peak charge) and the
 * month's peak charge as it stood at the end of the day.
 */
public record DayCost(LocalDate day, CostSummary cost, BigDecimal peakChargeToDate) {}
