package io.hanport.app.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A Mosquitto of the test's own on a free port, which the test may stop and start again (the
 * machine's broker is shared). Skipped with the reason where Mosquitto is not installed, unless
 * HANPORT_REQUIRE_SERVICES=1, which makes that a failure.
 */
final class OwnMosquitto implements AutoCloseable {

  private static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto");

  final int port;
  private Process process;

  private OwnMosquitto(int port) {
    this.port = port;
  }

  static OwnMosquitto start() throws IOException, InterruptedException {
    if (!Files.isExecutable(MOSQUITTO)) {
      String reason = "Mosquitto is not installed at " + MOSQUITTO + " (apt-get install mosquitto)";
      if ("1".equals(System.getenv("HANPORT_REQUIRE_SERVICES"))) {
        fail(reason + ", and HANPORT_REQUIRE_SERVICES=1 says it must be");
      }
      Assumptions.abort(reason + ": test skipped");
    }
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    OwnMosquitto broker = new OwnMosquitto(port);
    broker.startAgain();
    return broker;
  }

  void startAgain() throws IOException, InterruptedException {
    process =
        new ProcessBuilder(MOSQUITTO.toString(), "-p", String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    for (int attempt = 0; attempt < 200; attempt++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(25);
      }
    }
    fail("Mosquitto did not start listening on port " + port);
  }

  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
