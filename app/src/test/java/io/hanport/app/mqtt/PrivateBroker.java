package io.hanport.app.mqtt;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Mosquitto of the test's own on a free port, so that a test can stop and restart the
 * broker under a running sink. Skipped with a visible reason where Mosquitto is not installed,
 * unless HANPORT_REQUIRE_SERVICES=1 (CI), where that is a failure.
 */
final class PrivateBroker implements AutoCloseable {

  private static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto");

  final int port;
  private final List<String> arguments;
  private Process process;

  private PrivateBroker(int port, List<String> arguments) {
    this.port = port;
    this.arguments = arguments;
  }

  static PrivateBroker start() throws IOException {
    assumeInstalled();
    int port = freePort();
    PrivateBroker broker = new PrivateBroker(port, List.of("-p", String.valueOf(port)));
    broker.restart();
    return broker;
  }

  /** A broker that speaks only TLS, with the test certificate of src/test/resources/tls. */
  static PrivateBroker startTls(Path folder) throws IOException {
    assumeInstalled();
    int port = freePort();
    Path config = folder.resolve("mosquitto.conf");
    Files.writeString(
        config,
        String.join(
            "\n",
            "listener " + port + " 127.0.0.1",
            "allow_anonymous true",
            // Run as root (CI), Mosquitto would switch to its own user, who cannot read the key here.
            "user root",
            "cafile " + resource("tls/ca.pem"),
            "certfile " + resource("tls/broker.pem"),
            "keyfile " + resource("tls/broker.key"),
            ""));
    PrivateBroker broker = new PrivateBroker(port, List.of("-c", config.toString()));
    broker.restart();
    return broker;
  }

  static Path resource(String name) {
    try {
      return Path.of(PrivateBroker.class.getClassLoader().getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assumeInstalled() {
    if (!Files.isExecutable(MOSQUITTO)) {
      String reason = "Mosquitto is not installed at " + MOSQUITTO;
      if ("1".equals(System.getenv("HANPORT_REQUIRE_SERVICES"))) {
        fail(reason + ", and HANPORT_REQUIRE_SERVICES=1 says it must be (apt-get install mosquitto)");
      }
      Assumptions.abort(reason + ": test skipped");
    }
  }

  void stop() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  void restart() throws IOException {
    process =
        new ProcessBuilder(command())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    awaitListening(Duration.ofSeconds(10));
  }

  private List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(MOSQUITTO.toString());
    command.addAll(arguments);
    return command;
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
