package io.hanport.app.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need a running service (PostgreSQL, Mosquitto, …). Without the service such a test
 * is skipped with a visible reason, so {@code mvn verify} works on a bare laptop; with {@code
 * HANPORT_REQUIRE_SERVICES=1} (set by {@code .ci/run}) it fails instead, so CI cannot pass by
 * skipping.
 */
public final class Services {

  public static final String REQUIRE_VARIABLE = "HANPORT_REQUIRE_SERVICES";

  private static final int CONNECT_TIMEOUT_MILLIS = 1000;

  private Services() {}

  /** Skips (or, when services are required, fails) the calling test unless host:port accepts. */
  public static void assumeReachable(String host, int port, String name) {
    assumeReachable(host, port, name, "1".equals(System.getenv(REQUIRE_VARIABLE)));
  }

  static void assumeReachable(String host, int port, String name, boolean required) {
    if (isReachable(host, port)) {
      return;
    }
    String reason = name + " is not listening on " + host + ":" + port;
    if (required) {
      fail(reason + ", and " + REQUIRE_VARIABLE + "=1 says it must be (start it, or run .ci/run)");
    }
    Assumptions.abort(
        reason + ": test skipped (set " + REQUIRE_VARIABLE + "=1 to make this a failure)");
  }

  static boolean isReachable(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
      return true;
    } catch (IOException unreachable) {
      return false;
    }
  }
}
