package io.hanport.app.rawserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RawServerTest {

  @Test
  void twoClientsReceiveByteIdenticalCopiesOfTheStream() throws Exception {
    byte[] stream = new byte[200_000];
    new Random(7).nextBytes(stream);
    try (RawServer server = new RawServer(InetAddress.getLoopbackAddress(), 0);
        Socket first = new Socket(InetAddress.getLoopbackAddress(), server.port());
        Socket second = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      awaitClients(server, 2);

      for (int at = 0; at < stream.length; at += 977) {
        server.broadcast(stream, at, Math.min(977, stream.length - at));
      }

      assertThat(readExactly(first.getInputStream(), stream.length)).isEqualTo(stream);
      assertThat(readExactly(second.getInputStream(), stream.length)).isEqualTo(stream);
    }
  }

  @Test
  void aClientThatLeavesDoesNotDisturbTheOthers() throws Exception {
    try (RawServer server = new RawServer(InetAddress.getLoopbackAddress(), 0);
        Socket staying = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      Socket leaving = new Socket(InetAddress.getLoopbackAddress(), server.port());
      awaitClients(server, 2);
      leaving.close();

      byte[] telegram = "/ELL5\\253833635_A\r\n\r\n!7945\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (int i = 0; i < 50; i++) {
        server.broadcast(telegram, 0, telegram.length);
        Thread.sleep(2);
      }

      byte[] received = readExactly(staying.getInputStream(), telegram.length * 50);
      assertThat(received).startsWith(telegram).endsWith(telegram);
    }
  }

  private static void awaitClients(RawServer server, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (server.clients() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.clients()).isEqualTo(count);
  }

  private static byte[] readExactly(InputStream in, int length) throws IOException {
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
}
