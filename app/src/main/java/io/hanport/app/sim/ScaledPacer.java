package io.hanport.app.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Maps simulated time onto the real clock at a speed factor and waits for it: at speed 1440 the
 * frame of a simulated 10 s later goes out 6.9 real ms later. Both the clock and the waiting are
 * injected, so tests run a simulated day without sleeping. {@link #close} wakes a waiting thread.
 */
final class ScaledPacer implements AutoCloseable {

  /** Waits up to {@code millis} on {@code monitor}, whose lock the caller holds. */
  interface Sleeper {
    void sleep(Object monitor, long millis) throws InterruptedException;
  }

  private final Clock clock;
  private final Instant simulatedStart;
  private final double speed;
  private final Sleeper sleeper;
  private final long realStartMillis;
  private boolean closed;

  ScaledPacer(Clock clock, Instant simulatedStart, double speed) {
    this(clock, simulatedStart, speed, Object::wait);
  }

  ScaledPacer(Clock clock, Instant simulatedStart, double speed, Sleeper sleeper) {
    this.clock = clock;
    this.simulatedStart = simulatedStart;
    this.speed = speed;
    this.sleeper = sleeper;
    this.realStartMillis = clock.millis();
  }

  /** The real instant, in epoch ms, at which {@code simulated} is due. */
  long realDueMillis(Instant simulated) {
    double simulatedMillis = Duration.between(simulatedStart, simulated).toMillis();
    return realStartMillis + Math.round(simulatedMillis / speed);
  }

  /** Blocks until {@code simulated} is due; false when the pacer was closed first. */
  synchronized boolean awaitSimulated(Instant simulated) throws InterruptedException {
    long due = realDueMillis(simulated);
    for (long now = clock.millis(); !closed && now < due; now = clock.millis()) {
      sleeper.sleep(this, due - now);
    }
    return !closed;
  }

  @Override
  public synchronized void close() {
    closed = true;
    notifyAll();
  }
}
