package io.hanport.app.pipeline;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential backoff with jitter: the base delay doubles from {@code initial} after each
 * failure up to {@code cap}, and each delay is shortened by a random part of up to {@code jitter}
 * of it, so that bridges and brokers restarted together are not all retried in the same instant.
 * Never above the cap. Deterministic for a given random source.
 */
public final class Backoff {

  private final Duration initial;
  private final Duration cap;
  private final double jitter;
  private final DoubleSupplier random;
  private int failures;

  /**
   * @param jitter the largest fraction of a delay taken off at random, 0 to 1
   * @param random uniform values in [0, 1)
   */
  public Backoff(Duration initial, Duration cap, double jitter, DoubleSupplier random) {
    if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= cap, not " + initial + ", " + cap);
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter is a fraction from 0 to 1, not " + jitter);
    }
    this.initial = initial;
    this.cap = cap;
    this.jitter = jitter;
    this.random = random;
  }

  /** The delay before the next attempt; each call counts one more failure. */
  public Duration next() {
    long base = baseMillis(failures);
    if (failures < Integer.MAX_VALUE) {
      failures++;
    }
    long cut = (long) (base * jitter * random.getAsDouble());
    return Duration.ofMillis(Math.max(1, base - cut));
  }

  /** A connection that delivered frames: the next failure starts from {@code initial} again. */
  public void reset() {
    failures = 0;
  }

  private long baseMillis(int doublings) {
    long capMillis = cap.toMillis();
    long delay = initial.toMillis();
    for (int i = 0; i < doublings && delay < capMillis; i++) {
      delay *= 2;
    }
    return Math.min(delay, capMillis);
  }
}
