package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Emitted once per demand window when its projected demand reaches the watcher's margin of the
 * threshold: time to switch something off before the month's peak charge rises.
 *
 * @param message one line for a log, a notification or an MQTT payload's text
 */
public record HeadroomWarning(
    Instant windowStart,
    Instant windowEnd,
    BigDecimal projectedKw,
    BigDecimal thresholdKw,
    BigDecimal headroomKw,
    String message) {}
