package io.hanport.app.pipeline;

import static io.hanport.app.pipeline.PipelineHarness.fastOptions;
import static io.hanport.app.pipeline.PipelineHarness.pipeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.PipelineStatus.State;
import io.hanport.app.source.TestCaptures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A bridge that misbehaves the ways real ones do, on 127.0.0.1: it resets mid-telegram, refuses
 * while it reboots, comes back on the same port, or stays connected and sends nothing.
 */
class TcpReconnectTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final byte[] e360 = TestCaptures.bytes(TestCaptures.SWEDISH_E360);
  private final byte[] swedish = TestCaptures.bytes(TestCaptures.SWEDISH);
  private final byte[] firstHalf = Arrays.copyOfRange(swedish, 0, swedish.length / 2);
  private final byte[] secondHalf = Arrays.copyOfRange(swedish, swedish.length / 2, swedish.length);

  @Test
  void readingsResumeAfterResetAndRefusalAndAHalfTelegramNeverBecomesAReading() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    ServerSocket server = new ServerSocket(0, 5, loopback);
    int port = server.getLocalPort();
    CollectingSink sink = new CollectingSink();
    Pipeline pipeline = pipeline("tcp://127.0.0.1:" + port, fastOptions(), "store", sink);
    pipeline.start();

    try (Socket first = server.accept()) {
      send(first, e360);
      send(first, firstHalf);
      awaitStatus(pipeline, status -> status.bytes() == e360.length + firstHalf.length);
      first.setSoLinger(true, 0);
    }
    server.close();
    awaitStatus(
        pipeline, status -> status.problem().filter("connection refused"::equals).isPresent());
    awaitStatus(pipeline, status -> status.state() == State.RECONNECTING);

    try (ServerSocket reopened = sameAddress(loopback, port);
        Socket second = reopened.accept()) {
      // A bridge may send the rest of the telegram it was sending: joined to the first half it
      // would pass the CRC, so only a decoder per connection keeps it out.
      send(second, secondHalf);
      send(second, swedish);
      sink.await(2, WAIT);
      pipeline.close();
    }

    assertThat(sink.readings())
        .extracting(MeterReading::meter)
        .containsExactly("lgf5e360", "ell5-253833635-a");
    assertThat(sink.readings().get(1).frame()).isEqualTo(swedish);
    PipelineStatus status = pipeline.status();
    assertThat(status.frames()).isEqualTo(2);
    assertThat(status.reconnects()).isEqualTo(1);
    assertThat(status.rejections()).containsKeys(io.hanport.codec.wire.Reason.TRUNCATED);
  }

  @Test
  void aBridgeThatStaysConnectedButSendsNothingIsReopened() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Pipeline pipeline =
          pipeline(
              "tcp://127.0.0.1:" + server.getLocalPort(),
              fastOptions(),
              "store",
              new CollectingSink());
      pipeline.start();
      try (Socket silent = server.accept()) {
        awaitStatus(pipeline, status -> status.state() == State.SILENT);
        assertThat(pipeline.status().problem()).contains("no frame for 300 ms or more");
        server.setSoTimeout((int) WAIT.toMillis());
        try (Socket reopened = server.accept()) {
          assertThat(silent.getInputStream().read())
              .as("the silent connection was closed")
              .isEqualTo(-1);
          send(reopened, swedish);
          awaitStatus(pipeline, status -> status.frames() == 1);
          // Asserted while the bridge is still connected: closing it starts another reconnect.
          assertThat(pipeline.status().state()).isEqualTo(State.CONNECTED);
          assertThat(pipeline.status().reconnects()).isEqualTo(1);
        }
      }
      pipeline.close();
    }
  }

  private static ServerSocket sameAddress(InetAddress address, int port) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(address, port), 5);
    return server;
  }

  private static void send(Socket socket, byte[] bytes) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(bytes);
    out.flush();
  }

  static void awaitStatus(Pipeline pipeline, Predicate<PipelineStatus> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.test(pipeline.status())) {
      assertThat(System.nanoTime())
          .as("status never matched: %s", pipeline.status())
          .isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
