package io.hanport.app.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Where {@code hanport simulate} sends the virtual meter's frames. */
interface FrameSink extends AutoCloseable {

  void send(SimulatedFrame frame) throws IOException;

  @Override
  void close() throws IOException;

  /**
   * Raw bytes, as on the meter's wire; flushed per frame so a reader sees each frame at once. A
   * {@link PrintStream} (stdout) hides write errors, so its error flag is checked after each frame:
   * {@code hanport simulate | head -c 100} must end when {@code head} does.
   */
  static FrameSink raw(OutputStream out) {
    return new FrameSink() {
      @Override
      public void send(SimulatedFrame frame) throws IOException {
        out.write(frame.bytes());
        out.flush();
        if (out instanceof PrintStream print && print.checkError()) {
          throw new IOException("the reader closed the stream");
        }
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
