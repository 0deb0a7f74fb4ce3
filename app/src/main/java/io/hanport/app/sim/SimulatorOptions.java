package io.hanport.app.sim;

import java.time.Instant;
import java.util.Optional;

/**
 * How to run a virtual meter.
 *
 * @param seed picks the household and the meter; the same seed and start give the same bytes
 * @param start the simulated instant to begin at; empty = the wall clock's now
 * @param speed how many simulated seconds pass per real second ({@code 1440} = a day a minute)
 */
public record SimulatorOptions(long seed, Optional<Instant> start, double speed) {

  public static final long DEFAULT_SEED = 1;

  public SimulatorOptions {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be a positive number, not " + speed);
    }
  }

  public static SimulatorOptions defaults() {
    return new SimulatorOptions(DEFAULT_SEED, Optional.empty(), 1.0);
  }
}
