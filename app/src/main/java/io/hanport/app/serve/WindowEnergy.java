package io.hanport.app.serve;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The energy imported since the current demand window began, from consecutive readings: the import
 * register's difference where the meter sends one, else power × time. Like the store's rollups, the
 * difference between two readings belongs to the window of the later one. Not thread-safe.
 */
final class WindowEnergy {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private Instant window;
  private BigDecimal energyKwh = BigDecimal.ZERO;
  private Instant lastTime;
  private Optional<BigDecimal> lastRegisterKwh = Optional.empty();
  private BigDecimal lastPowerKw = BigDecimal.ZERO;

  /** True before the first reading: the caller then seeds the window with {@link #start}. */
  boolean isNew() {
    return window == null;
  }

  /** Begins mid-window with what happened before the first reading (from the history store). */
  void start(Instant windowStart, BigDecimal energyBeforeKwh) {
    window = windowStart;
    energyKwh = energyBeforeKwh;
  }

  /**
   * Adds a reading and returns the energy so far in its window.
   *
   * @param registerKwh the import register, when the reading has one
   * @param powerKw the import power now
   */
  BigDecimal add(Instant windowStart, Instant time, Optional<BigDecimal> registerKwh,
      BigDecimal powerKw) {
    BigDecimal sinceLast = BigDecimal.ZERO;
    if (lastTime != null && time.isAfter(lastTime)) {
      sinceLast = difference(registerKwh).orElseGet(() -> integrated(time));
    }
    if (!windowStart.equals(window)) {
      window = windowStart;
      energyKwh = BigDecimal.ZERO;
    }
    energyKwh = energyKwh.add(sinceLast);
    lastTime = time;
    lastRegisterKwh = registerKwh;
    lastPowerKw = powerKw;
    return energyKwh;
  }

  /**
   * The register's advance since the last reading; empty unless both readings carry it (a DLMS
   * meter sends it only hourly, and the power between was integrated already).
   */
  private Optional<BigDecimal> difference(Optional<BigDecimal> registerKwh) {
    if (registerKwh.isEmpty() || lastRegisterKwh.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal advance = registerKwh.get().subtract(lastRegisterKwh.get());
    return advance.signum() < 0 ? Optional.of(BigDecimal.ZERO) : Optional.of(advance);
  }

  private BigDecimal integrated(Instant time) {
    BigDecimal seconds = BigDecimal.valueOf(Duration.between(lastTime, time).toMillis())
        .movePointLeft(3);
    return lastPowerKw.multiply(seconds).divide(SECONDS_PER_HOUR, MathContext.DECIMAL64);
  }
}
