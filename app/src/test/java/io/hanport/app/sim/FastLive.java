package io.hanport.app.sim;

import java.io.InputStream;
import java.time.Clock;

/**
 * {@link Simulator#live} at a multiple of real time: a meter whose history a test filled with
 * {@link Simulator#generate} goes on from there, registers continuing, without the test waiting
 * ten seconds for each telegram.
 */
public final class FastLive {

  private FastLive() {}

  /** The simulator's frames from now on, {@code speed} times faster than its push schedule. */
  public static InputStream of(Simulator simulator, double speed) {
    Clock clock = Clock.systemUTC();
    return new PacedFrameStream(simulator, new ScaledPacer(clock, clock.instant(), speed));
  }
}
