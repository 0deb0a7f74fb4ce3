package io.hanport.app.rawserve;

import static io.hanport.app.rawserve.RawClients.await;
import static io.hanport.app.rawserve.RawClients.readExactly;
import static io.hanport.app.rawserve.RawClients.readToEnd;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The server alone, fed the way the pipeline's reader thread feeds it. */
class RawServerTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @Test
  void twoClientsReceiveByteIdenticalCopiesOfTheStream() throws Exception {
    byte[] stream = new byte[200_000];
    new Random(7).nextBytes(stream);
    try (RawServer server = new RawServer(LOOPBACK, 0);
        Socket first = new Socket(LOOPBACK, server.port());
        Socket second = new Socket(LOOPBACK, server.port())) {
      await(() -> server.clients() == 2, "both clients connected");

      byte[] reused = new byte[977];
      for (int at = 0; at < stream.length; at += reused.length) {
        int length = Math.min(reused.length, stream.length - at);
        // The reader reuses its buffer for the next read: the server must have copied it.
        System.arraycopy(stream, at, reused, 0, length);
        server.bytesRead(reused, 0, length);
        Arrays.fill(reused, (byte) 0);
      }

      assertThat(readExactly(first.getInputStream(), stream.length)).isEqualTo(stream);
      assertThat(readExactly(second.getInputStream(), stream.length)).isEqualTo(stream);
    }
  }

  @Test
  void aClientThatLeavesDoesNotDisturbTheOthers() throws Exception {
    byte[] telegram = "/ELL5\\253833635_A\r\n\r\n!7945\r\n".getBytes(StandardCharsets.US_ASCII);
    try (RawServer server = new RawServer(LOOPBACK, 0);
        Socket staying = new Socket(LOOPBACK, server.port())) {
      Socket leaving = new Socket(LOOPBACK, server.port());
      await(() -> server.clients() == 2, "both clients connected");
      leaving.close();

      for (int i = 0; i < 50; i++) {
        server.bytesRead(telegram, 0, telegram.length);
      }

      byte[] expected = new byte[telegram.length * 50];
      for (int i = 0; i < 50; i++) {
        System.arraycopy(telegram, 0, expected, i * telegram.length, telegram.length);
      }
      assertThat(readExactly(staying.getInputStream(), expected.length)).isEqualTo(expected);
    }
  }

  @Test
  void aClientThatFallsBehindItsBufferIsDisconnectedAndTheOtherKeepsEverything() throws Exception {
    int limit = 64 * 1024;
    byte[] chunk = new byte[16 * 1024];
    new Random(11).nextBytes(chunk);
    try (RawServer server = new RawServer(LOOPBACK, 0, limit);
        Socket reading = new Socket(LOOPBACK, server.port());
        Socket stalled = new Socket()) {
      // A tiny receive window, so that the kernel soon stops taking bytes for the stalled client.
      stalled.setReceiveBufferSize(4096);
      stalled.connect(new java.net.InetSocketAddress(LOOPBACK, server.port()));
      await(() -> server.clients() == 2, "both clients connected");

      // Lock-step with the reading client, so only the stalled one can fall behind. Bounded:
      // kernel socket buffers hold a few MB at most, far less than 1024 chunks (16 MB).
      int sent = 0;
      while (server.clients() == 2 && sent < 1024) {
        server.bytesRead(chunk, 0, chunk.length);
        sent++;
        assertThat(readExactly(reading.getInputStream(), chunk.length)).isEqualTo(chunk);
      }

      assertThat(server.clients()).as("the stalled client was dropped").isEqualTo(1);
      server.bytesRead(chunk, 0, chunk.length);
      assertThat(readExactly(reading.getInputStream(), chunk.length)).isEqualTo(chunk);
      byte[] stalledGot = readToEnd(stalled.getInputStream());
      assertThat(stalledGot.length).isLessThan(sent * chunk.length);
      int firstWrong = -1;
      for (int i = 0; i < stalledGot.length && firstWrong < 0; i++) {
        firstWrong = stalledGot[i] == chunk[i % chunk.length] ? -1 : i;
      }
      assertThat(firstWrong).as("first byte of the stalled client's copy that differs").isEqualTo(-1);
    }
  }
}
