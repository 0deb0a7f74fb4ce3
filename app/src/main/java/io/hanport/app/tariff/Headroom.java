package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The live state of the current demand window against the month's peaks. All demands are actual kW
 * (not weighted), so they compare with what the meter shows.
 *
 * @param counted false when this window does not count towards the peak charge (outside the rule's
 *     windows or months): then there is no threshold and no limit
 * @param runningAverageKw the average demand over the window so far
 * @param projectedKw the window's demand if the current power continues to its end
 * @param entryKw the demand that would enter the month's top N (replace its lowest peak, or today's
 *     when peaks are one per day)
 * @param thresholdKw the demand above which the month's peak charge rises: the entry, or for steps
 *     and minimums the demand that crosses into a dearer step or above the minimum
 * @param headroomKw the power that can still be used for the rest of the window without raising the
 *     charge (0 when it is already raised); empty when nothing can raise it
 */
public record Headroom(
    Instant windowStart,
    Instant windowEnd,
    boolean counted,
    BigDecimal energySoFarKwh,
    BigDecimal runningAverageKw,
    BigDecimal projectedKw,
    Optional<BigDecimal> entryKw,
    Optional<BigDecimal> thresholdKw,
    Optional<BigDecimal> headroomKw,
    MonthPeaks monthPeaks) {}
