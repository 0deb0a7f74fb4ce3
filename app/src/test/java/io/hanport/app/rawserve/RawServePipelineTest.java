package io.hanport.app.rawserve;

import static io.hanport.app.rawserve.RawClients.WAIT;
import static io.hanport.app.rawserve.RawClients.await;
import static io.hanport.app.rawserve.RawClients.readExactly;
import static io.hanport.app.rawserve.RawClients.readToEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.Pipeline;
import io.hanport.app.pipeline.PipelineOptions;
import io.hanport.app.pipeline.ReadingSink;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.source.Sources;
import io.hanport.app.source.TestCaptures;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.wire.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw re-serve on a running pipeline: clients get the input's bytes exactly as read, junk between
 * frames and rejected frames included, and a client that stalls neither holds up the other client
 * nor decoding (issue 7).
 */
class RawServePipelineTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final byte[] JUNK = "\u0000\u00ffline noise\r\n".getBytes(StandardCharsets.ISO_8859_1);

  @TempDir Path folder;

  @Test
  void twoClientsReceiveTheInputFileByteForByteJunkAndRejectedFramesIncluded() throws Exception {
    byte[] input =
        TestCaptures.concat(
            JUNK,
            TestCaptures.bytes(TestCaptures.SWEDISH),
            JUNK,
            TestCaptures.bytes(TestCaptures.BAD_CRC),
            TestCaptures.bytes(TestCaptures.DUTCH_DSMR5),
            JUNK);
    Path file = Files.write(folder.resolve("meter.txt"), input);
    AtomicInteger readings = new AtomicInteger();
    try (RawServer server = new RawServer(LOOPBACK, 0);
        Socket first = new Socket(LOOPBACK, server.port());
        Socket second = new Socket(LOOPBACK, server.port())) {
      await(() -> server.clients() == 2, "both clients connected");
      Pipeline pipeline = pipeline("file:" + file, server, reading -> readings.incrementAndGet());

      pipeline.start();
      assertThat(pipeline.awaitEnd(WAIT)).isTrue();
      pipeline.close();
      // A marker after the input shows that nothing was added to it, nor left out.
      byte[] marker = "END".getBytes(StandardCharsets.US_ASCII);
      server.bytesRead(marker, 0, marker.length);

      byte[] expected = TestCaptures.concat(input, marker);
      assertThat(readExactly(first.getInputStream(), expected.length)).isEqualTo(expected);
      assertThat(readExactly(second.getInputStream(), expected.length)).isEqualTo(expected);
      assertThat(readings.get()).isEqualTo(2);
      assertThat(pipeline.status().rejections()).containsEntry(Reason.BAD_CHECKSUM, 1L);
    }
  }

  @Test
  void aStalledClientIsDroppedWhileTheOtherAndDecodingKeepUp() throws Exception {
    byte[] telegram = TestCaptures.concat(JUNK, TestCaptures.bytes(TestCaptures.SWEDISH));
    AtomicInteger readings = new AtomicInteger();
    try (ServerSocket meter = new ServerSocket(0, 1, LOOPBACK);
        RawServer server = new RawServer(LOOPBACK, 0, 64 * 1024);
        Socket reading = new Socket(LOOPBACK, server.port());
        Socket stalled = new Socket()) {
      stalled.setReceiveBufferSize(4096);
      stalled.connect(new java.net.InetSocketAddress(LOOPBACK, server.port()));
      await(() -> server.clients() == 2, "both clients connected");
      Pipeline pipeline =
          pipeline("tcp://127.0.0.1:" + meter.getLocalPort(), server, r -> readings.incrementAndGet());
      pipeline.start();
      int sent = 0;
      try (Socket cable = meter.accept();
          OutputStream out = cable.getOutputStream()) {
        // Lock-step with the reading client: only the stalled one can fall behind. Bounded well
        // above what kernel socket buffers can hide (a few MB): 30000 telegrams are 18 MB.
        while (server.clients() == 2 && sent < 30_000) {
          out.write(telegram);
          out.flush();
          sent++;
          assertThat(readExactly(reading.getInputStream(), telegram.length)).isEqualTo(telegram);
        }
        int expected = sent;
        await(() -> readings.get() == expected, "every telegram decoded");
      } finally {
        pipeline.close();
      }

      assertThat(server.clients()).as("clients left after the stalled one was dropped").isEqualTo(1);
      assertThat(readToEnd(stalled.getInputStream()).length).isLessThan(sent * telegram.length);
    }
  }

  private static Pipeline pipeline(String input, RawServer server, ReadingSink sink) {
    InputUri uri = InputUri.parse(input);
    SourceOptions sources =
        SourceOptions.defaults(
            DecoderOptions.defaults(),
            profile -> {
              throw new IOException("no simulator in this test");
            });
    return new Pipeline(
        uri,
        Sources.of(uri.endpoint(), sources),
        PipelineOptions.defaults(DecoderOptions.defaults()),
        Map.of("readings", sink),
        List.of(server));
  }

}
