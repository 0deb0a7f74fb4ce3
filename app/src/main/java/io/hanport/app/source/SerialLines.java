package io.hanport.app.source;

import java.io.IOException;

/**
 * Opens a serial port at given settings. The seam that lets detection be tested without a UART: a
 * pseudo-terminal ignores baud and parity, so wrong settings can only be simulated.
 */
public interface SerialLines {

  /**
   * @throws IOException when the port is missing, busy or not permitted; the message says which
   */
  Connection open(String port, SerialSettings settings) throws IOException;
}
