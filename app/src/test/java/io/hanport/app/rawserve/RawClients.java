package io.hanport.app.rawserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Reading helpers for raw re-serve tests: exact reads, reads to the end, waiting on conditions. */
final class RawClients {

  static final Duration WAIT = Duration.ofSeconds(60);

  private RawClients() {}

  static byte[] readExactly(InputStream in, int length) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(length);
    byte[] buffer = new byte[8192];
    while (out.size() < length) {
      int read = in.read(buffer, 0, Math.min(buffer.length, length - out.size()));
      if (read < 0) {
        break;
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  /** Everything until the server closes the connection (or resets it). */
  static byte[] readToEnd(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        out.write(buffer, 0, read);
      }
    } catch (IOException reset) {
      // A reset ends the stream as surely as a FIN: what arrived before it is the answer.
    }
    return out.toByteArray();
  }

  static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).as(what).isTrue();
  }
}
