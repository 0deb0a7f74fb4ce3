package io.hanport.app.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ServicesTest {

  @Test
  void listeningServiceLetsTheTestRun() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatCode(
              () -> Services.assumeReachable("127.0.0.1", server.getLocalPort(), "fake", true))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void absentServiceSkipsWithTheReasonWhenNotRequired() throws IOException {
    int closedPort = closedPort();
    assertThatThrownBy(() -> Services.assumeReachable("127.0.0.1", closedPort, "PostgreSQL", false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("PostgreSQL is not listening on 127.0.0.1:" + closedPort)
        .hasMessageContaining("HANPORT_REQUIRE_SERVICES=1");
  }

  @Test
  void absentServiceFailsWhenRequired() throws IOException {
    int closedPort = closedPort();
    assertThatThrownBy(() -> Services.assumeReachable("127.0.0.1", closedPort, "Mosquitto", true))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("Mosquitto is not listening on 127.0.0.1:" + closedPort);
  }

  /** A port that was free a moment ago: bound, then released. */
  private static int closedPort() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return server.getLocalPort();
    }
  }
}
