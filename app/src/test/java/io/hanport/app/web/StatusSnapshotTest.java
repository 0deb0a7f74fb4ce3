package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.PipelineStatus;
import io.hanport.codec.wire.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status page's view of a pipeline carries every figure the pipeline reports. */
class StatusSnapshotTest {

  @Test
  void anInputIsBuiltFromAPipelineStatus() {
    Instant last = Instant.parse("2026-03-01T12:00:00Z");
    PipelineStatus status = new PipelineStatus("serial:/dev/ttyUSB0", "han",
        PipelineStatus.State.CONNECTED, "115200 8N1 (detected)", Optional.of("main"),
        Optional.of("dsmr"), Optional.of("ELL5\\253833635_A"), Optional.of(last),
        Optional.of(Duration.ofSeconds(3)), 90_000, 97,
        Map.of(Reason.BAD_CHECKSUM, 3L, Reason.GARBAGE, 2L), 1, Optional.of("none"), List.of());

    StatusSnapshot.Input input = StatusSnapshot.Input.from(status);

    assertThat(input).isEqualTo(new StatusSnapshot.Input("serial:/dev/ttyUSB0", "han",
        "CONNECTED", "115200 8N1 (detected)", Optional.of("main"), Optional.of("dsmr"),
        Optional.of("ELL5\\253833635_A"), Optional.of(last), 97,
        Map.of("BAD_CHECKSUM", 3L, "GARBAGE", 2L), 0.03, 1, Optional.of("none")));
  }
}
