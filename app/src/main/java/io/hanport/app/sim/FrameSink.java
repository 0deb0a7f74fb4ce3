package io.hanport.app.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Where {@code hanport simulate} sends the virtual meter's frames. */
interface FrameSink extends AutoCloseable {

  void send(SimulatedFrame frame) throws IOException;

  @Override
  void close() throws IOException;

  /** Raw bytes, as on the meter's wire; flushed per frame so a reader sees each frame at once. */
  static FrameSink raw(OutputStream out) {
    return new FrameSink() {
      @Override
      public void send(SimulatedFrame frame) throws IOException {
        out.write(frame.bytes());
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }

  /**
   * Upper-case hex, one frame per line: the {@code .hex} capture form that {@code hanport decode}
   * and the project's test vectors use for binary frames.
   */
  static FrameSink hexLines(OutputStream out) {
    HexFormat hex = HexFormat.of().withUpperCase();
    return new FrameSink() {
      @Override
      public void send(SimulatedFrame frame) throws IOException {
        out.write((hex.formatHex(frame.bytes()) + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }
}
