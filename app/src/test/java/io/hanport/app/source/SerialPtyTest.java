package io.hanport.app.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.DecoderOptions;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serial source through real pseudo-terminals (jSerialComm on a socat pty pair). */
class SerialPtyTest {

  @TempDir Path folder;

  @BeforeEach
  void needsSocat() {
    Socat.assumeInstalled();
  }

  @Test
  void detectionOnARealPortFindsTheFirstSettingsAndReplaysTheTelegram() throws Exception {
    byte[] telegram = TestCaptures.bytes(TestCaptures.SWEDISH);
    SourceOptions options =
        SourceOptions.defaults(DecoderOptions.defaults(), profile -> null)
            .withPoll(Duration.ofMillis(50));
    try (Socat pair = Socat.start(folder.resolve("meter"), folder.resolve("reader"));
        FileOutputStream meter = new FileOutputStream(pair.meterSide().toFile())) {
      Source source =
          Sources.of(new Endpoint.Serial(pair.readerSide().toString(), Optional.empty()), options);
      Thread writer = writeSoon(meter, telegram);

      try (Connection connection = source.open()) {
        writer.join();
        assertThat(connection.details()).isEqualTo("115200 8N1 (detected)");
        assertThat(readAtLeast(connection, telegram.length)).isEqualTo(telegram);
      }
    }
  }

  private static Thread writeSoon(FileOutputStream meter, byte[] telegram) {
    Thread writer =
        new Thread(
            () -> {
              try {
                Thread.sleep(200);
                meter.write(telegram);
                meter.flush();
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    return writer;
  }

  private static byte[] readAtLeast(Connection connection, int length) throws IOException {
    byte[] all = new byte[0];
    byte[] buffer = new byte[4096];
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (all.length < length && System.nanoTime() < deadline) {
      int count = connection.read(buffer);
      all = TestCaptures.concat(all, java.util.Arrays.copyOf(buffer, count));
    }
    return all;
  }
}
