package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A month's peak charge, so far and projected (see {@link MonthPeaks}), with the billed demand
 * behind each: the month's demand raised to the rule's minimum and, for a rolling rule, averaged
 * with the earlier months' ({@code monthsAveraged} of them, this one included).
 *
 * @param step the bracket the demand so far falls in, for stepped pricing
 */
public record MonthCharge(
    MonthPeaks peaks,
    boolean charged,
    BigDecimal billedKwSoFar,
    BigDecimal chargeSoFar,
    BigDecimal billedKwProjected,
    BigDecimal chargeProjected,
    int monthsAveraged,
    Optional<PeakPricing.Step> step) {}
