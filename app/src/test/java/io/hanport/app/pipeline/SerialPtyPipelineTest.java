package io.hanport.app.pipeline;

import static io.hanport.app.pipeline.PipelineHarness.fastOptions;
import static io.hanport.app.pipeline.PipelineHarness.pipeline;
import static io.hanport.app.pipeline.TcpReconnectTest.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.PipelineStatus.State;
import io.hanport.app.source.Socat;
import io.hanport.app.source.TestCaptures;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A USB cable pulled and plugged in again, played by a socat pty pair torn down and recreated. */
class SerialPtyPipelineTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path folder;

  @Test
  void readingsResumeOnARecreatedPortAndNothingIsDuplicated() throws Exception {
    Socat.assumeInstalled();
    Path meterSide = folder.resolve("meter");
    Path readerSide = folder.resolve("ttyUSB0");
    CollectingSink sink = new CollectingSink();
    Pipeline pipeline =
        pipeline("serial:" + readerSide + "?baud=115200", fastOptions(), "store", sink);

    try (Socat pair = Socat.start(meterSide, readerSide);
        FileOutputStream meter = new FileOutputStream(pair.meterSide().toFile())) {
      pipeline.start();
      awaitStatus(pipeline, status -> status.state() == State.CONNECTED);
      write(meter, TestCaptures.bytes(TestCaptures.SWEDISH_E360));
      sink.await(1, WAIT);
    }
    awaitStatus(pipeline, status -> status.state() == State.RECONNECTING);
    assertThat(pipeline.status().problem())
        .hasValueSatisfying(problem -> assertThat(problem).isNotEmpty());

    try (Socat pair = Socat.start(meterSide, readerSide);
        FileOutputStream meter = new FileOutputStream(pair.meterSide().toFile())) {
      awaitStatus(
          pipeline, status -> status.state() == State.CONNECTED && status.reconnects() == 1);
      write(meter, TestCaptures.bytes(TestCaptures.SWEDISH));
      sink.await(2, WAIT);
      pipeline.close();
    }

    assertThat(sink.readings())
        .extracting(MeterReading::meter)
        .containsExactly("lgf5e360", "ell5-253833635-a");
    assertThat(pipeline.status().connection()).isEqualTo("115200 8N1");
  }

  private static void write(FileOutputStream meter, byte[] bytes) throws IOException {
    meter.write(bytes);
    meter.flush();
  }
}
