package io.hanport.app.sim;

import java.time.Instant;

/**
 * One frame the virtual meter sends: the simulated instant it goes out, what it carries, and its
 * exact bytes.
 */
public record SimulatedFrame(Instant time, Push push, byte[] bytes) {

  public SimulatedFrame {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
