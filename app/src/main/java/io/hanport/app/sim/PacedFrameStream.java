package io.hanport.app.sim;

import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * The virtual meter as a byte stream: frames become readable at their (scaled) simulated instant,
 * and {@code read} blocks until then, as on a serial port. The end of the stream comes only when
 * it is closed.
 */
final class PacedFrameStream extends InputStream {

  private final Simulator simulator;
  private final ScaledPacer pacer;
  private byte[] frame = new byte[0];
  private int position;
  private volatile boolean closed;

  PacedFrameStream(Simulator simulator, ScaledPacer pacer) {
    this.simulator = simulator;
    this.pacer = pacer;
  }

  @Override
  public int read() throws InterruptedIOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws InterruptedIOException {
    if (length == 0) {
      return 0;
    }
    while (position >= frame.length) {
      if (closed || !awaitNextFrame()) {
        return -1;
      }
    }
    int count = Math.min(length, frame.length - position);
    System.arraycopy(frame, position, buffer, offset, count);
    position += count;
    return count;
  }

  @Override
  public int available() {
    return frame.length - position;
  }

  @Override
  public void close() {
    closed = true;
    pacer.close();
  }

  private boolean awaitNextFrame() throws InterruptedIOException {
    SimulatedFrame next = simulator.next();
    try {
      if (!pacer.awaitSimulated(next.time())) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the next simulated frame");
    }
    frame = next.bytes();
    position = 0;
    return true;
  }
}
