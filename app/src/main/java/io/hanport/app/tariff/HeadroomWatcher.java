package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * Turns a stream of {@link Headroom} updates into warnings: one per demand window, when the
 * projected demand first reaches {@code margin} × threshold (0.9 warns at 90 %), never again in
 * that window even if the projection dips and rises, and armed again when the next window begins.
 * Not thread-safe: feed it from one thread (the reading pipeline).
 */
public final class HeadroomWatcher {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private final ZoneId zone;
  private final BigDecimal margin;
  private final Consumer<HeadroomWarning> listener;
  private Instant window;
  private boolean warned;

  /**
   * @param zone the time zone for clock times in messages
   * @param margin the fraction of the threshold at which to warn, above 0 and at most 1
   */
  public HeadroomWatcher(ZoneId zone, BigDecimal margin, Consumer<HeadroomWarning> listener) {
    if (margin.signum() <= 0 || margin.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("margin must be in (0, 1], got " + margin);
    }
    this.zone = zone;
    this.margin = margin;
    this.listener = listener;
  }

  public void update(Headroom headroom) {
    if (!headroom.windowStart().equals(window)) {
      window = headroom.windowStart();
      warned = false;
    }
    if (warned || headroom.thresholdKw().isEmpty()) {
      return;
    }
    BigDecimal threshold = headroom.thresholdKw().get();
    if (headroom.projectedKw().compareTo(threshold.multiply(margin)) >= 0) {
      warned = true;
      BigDecimal left = headroom.headroomKw().orElse(BigDecimal.ZERO);
      listener.accept(
          new HeadroomWarning(
              headroom.windowStart(),
              headroom.windowEnd(),
              headroom.projectedKw(),
              threshold,
              left,
              message(headroom, threshold, left)));
    }
  }

  private String message(Headroom headroom, BigDecimal threshold, BigDecimal left) {
    return "Peak warning: this window is heading for "
        + kw(headroom.projectedKw())
        + " kW; above "
        + kw(threshold)
        + " kW it raises the month's peak charge. Use at most "
        + kw(left)
        + " kW until "
        + CLOCK.format(headroom.windowEnd().atZone(zone))
        + ".";
  }

  private static String kw(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
