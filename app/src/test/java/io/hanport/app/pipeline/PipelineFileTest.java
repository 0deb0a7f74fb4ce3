package io.hanport.app.pipeline;

import static io.hanport.app.pipeline.PipelineHarness.fastOptions;
import static io.hanport.app.pipeline.PipelineHarness.pipeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.PipelineStatus.State;
import io.hanport.app.source.TestCaptures;
import io.hanport.codec.wire.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline over capture files: what it delivers, names and counts, and how it ends. */
class PipelineFileTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path folder;

  @Test
  void everyValidTelegramBecomesOneMeterReadingForEverySink() throws Exception {
    byte[] swedish = TestCaptures.bytes(TestCaptures.SWEDISH);
    byte[] dutch = TestCaptures.bytes(TestCaptures.DUTCH_DSMR5);
    Path capture =
        write(
            "mixed.txt",
            TestCaptures.concat(swedish, TestCaptures.bytes(TestCaptures.BAD_CRC), dutch));
    CollectingSink store = new CollectingSink();
    CollectingSink live = new CollectingSink();
    Pipeline pipeline = pipeline("file:" + capture, fastOptions(), "store", store, "live", live);

    pipeline.start();
    assertThat(pipeline.awaitEnd(WAIT)).isTrue();
    pipeline.close();

    List<MeterReading> readings = store.readings();
    assertThat(readings)
        .extracting(MeterReading::meter)
        .containsExactly("ell5-253833635-a", "k8eg004046395507");
    assertThat(readings).extracting(MeterReading::source).containsOnly("file:" + capture);
    assertThat(readings.get(0).frame()).isEqualTo(swedish);
    assertThat(readings.get(1).frame()).isEqualTo(dutch);
    assertThat(live.readings()).hasSize(2);
    assertThat(store.closed()).isTrue();
    PipelineStatus status = pipeline.status();
    assertThat(status.state()).isEqualTo(State.ENDED);
    assertThat(status.frames()).isEqualTo(2);
    assertThat(status.rejections()).isEqualTo(Map.of(Reason.BAD_CHECKSUM, 1L));
    assertThat(status.checksumFailureRate()).isEqualTo(1.0 / 3);
    assertThat(status.bytes()).isEqualTo(swedish.length + 863 + dutch.length);
    assertThat(status.protocol()).contains("dsmr");
    assertThat(status.profile()).contains("ISk5\\2MT382-1000");
    assertThat(status.meter()).contains("k8eg004046395507");
  }

  @Test
  void aNamedInputNamesItsMeterAndItsSource() throws Exception {
    Path capture = write("se.txt", TestCaptures.bytes(TestCaptures.SWEDISH));
    CollectingSink sink = new CollectingSink();
    Pipeline pipeline = pipeline("home=file:" + capture, fastOptions(), "store", sink);

    pipeline.start();
    pipeline.awaitEnd(WAIT);
    pipeline.close();

    assertThat(sink.readings()).extracting(MeterReading::meter).containsExactly("home");
    assertThat(sink.readings()).extracting(MeterReading::source).containsExactly("home");
  }

  @Test
  void aTelegramCutOffByTheEndOfTheFileIsRejectedAsTruncated() throws Exception {
    byte[] swedish = TestCaptures.bytes(TestCaptures.SWEDISH);
    byte[] half = java.util.Arrays.copyOf(swedish, swedish.length / 2);
    Path capture = write("cut.txt", TestCaptures.concat(swedish, half));
    CollectingSink sink = new CollectingSink();
    Pipeline pipeline = pipeline("file:" + capture, fastOptions(), "store", sink);

    pipeline.start();
    pipeline.awaitEnd(WAIT);
    pipeline.close();

    assertThat(sink.readings()).hasSize(1);
    assertThat(pipeline.status().rejections()).isEqualTo(Map.of(Reason.TRUNCATED, 1L));
  }

  @Test
  void aMissingFileFailsForGoodWithoutRetrying() throws Exception {
    Pipeline pipeline = pipeline("file:" + folder.resolve("absent.txt"), fastOptions());

    pipeline.start();
    assertThat(pipeline.awaitEnd(WAIT)).isTrue();

    PipelineStatus status = pipeline.status();
    assertThat(status.state()).isEqualTo(State.FAILED);
    assertThat(status.problem()).contains("no such file");
    assertThat(status.reconnects()).isZero();
    pipeline.close();
  }

  @Test
  void aSlowSinkNeverHoldsUpDecodingItsOverflowIsDroppedAndCounted() throws Exception {
    byte[] swedish = TestCaptures.bytes(TestCaptures.SWEDISH);
    byte[][] ten = new byte[10][];
    java.util.Arrays.fill(ten, swedish);
    Path capture = write("ten.txt", TestCaptures.concat(ten));
    CollectingSink slow = CollectingSink.heldUp();
    CollectingSink other = new CollectingSink();
    Pipeline pipeline =
        pipeline("file:" + capture, fastOptions().withSinkQueue(3), "slow", slow, "other", other);

    pipeline.start();

    assertThat(pipeline.awaitEnd(WAIT)).as("decoding ends while a sink is stuck").isTrue();
    assertThat(pipeline.status().frames()).isEqualTo(10);
    PipelineStatus.SinkStatus held = pipeline.status().sinks().get(0);
    assertThat(held.name()).isEqualTo("slow");
    // The held-up sink may or may not have taken one reading off its queue before blocking.
    assertThat(held.depth()).isBetween(2, 3);
    assertThat(held.dropped()).isBetween(6L, 8L);
    slow.release();
    pipeline.close();
    PipelineStatus.SinkStatus otherQueue = pipeline.status().sinks().get(1);
    assertThat(slow.readings().size() + held.dropped()).isEqualTo(10);
    assertThat(other.readings().size() + otherQueue.dropped()).isEqualTo(10);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
