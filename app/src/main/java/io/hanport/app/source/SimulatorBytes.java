package io.hanport.app.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * The virtual meter as a byte stream, for {@code sim:PROFILE} inputs: the simulator's frames, each
 * readable when its (scaled) time comes, {@code read} blocking until then like a serial port, and
 * {@code close} ending a blocked read.
 */
public interface SimulatorBytes {

  /**
   * @throws IOException for a profile the simulator does not know; the message lists those it does
   */
  InputStream open(String profile) throws IOException;
}
