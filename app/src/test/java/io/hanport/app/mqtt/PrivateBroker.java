package io.hanport.app.mqtt;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Mosquitto of the test's own on a free port, so that a test can stop and restart the
 * broker under a running sink. Skipped with a visible reason where Mosquitto is not installed,
 * unless HANPORT_REQUIRE_SERVICES=1 (CI), where that is a failure.
 */
final class PrivateBroker implements AutoCloseable {

  private static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto");

  final int port;
  private Process process;

  private PrivateBroker(int port) {
    this.port = port;
  }

  static PrivateBroker start() throws IOException {
    if (!Files.isExecutable(MOSQUITTO)) {
      String reason = "Mosquitto is not installed at " + MOSQUITTO;
      if ("1".equals(System.getenv("HANPORT_REQUIRE_SERVICES"))) {
        fail(reason + ", and HANPORT_REQUIRE_SERVICES=1 says it must be (apt-get install mosquitto)");
      }
      Assumptions.abort(reason + ": test skipped");
    }
    PrivateBroker broker = new PrivateBroker(freePort());
    broker.restart();
    return broker;
  }

  void stop() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  void restart() throws IOException {
    process =
        new ProcessBuilder(MOSQUITTO.toString(), "-p", String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    awaitListening(Duration.ofSeconds(10));
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private void awaitListening(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep();
      }
    }
    throw new IOException("Mosquitto did not start listening on port " + port);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
