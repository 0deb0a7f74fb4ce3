package io.hanport.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.source.ManualClock;
import io.hanport.app.source.TestCaptures;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A meter on a bad cable rejects a frame every 10 s for months: the log says so once a minute. */
class RejectionLogTest {

  private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final RecordingLogger logger = new RecordingLogger();
  private final RejectionLog log =
      new RejectionLog("tcp://bridge:2000", clock, Duration.ofSeconds(60), logger);
  private final StreamTail tail = new StreamTail(4096);

  @Test
  void theFirstRejectionOfAKindIsLoggedWithAHexDumpThenOncePerInterval() {
    byte[] telegram = TestCaptures.bytes(TestCaptures.BAD_CRC);
    tail.append(telegram, telegram.length);
    Rejection bad =
        new Rejection(Reason.BAD_CHECKSUM, 0, telegram.length, "expected 6EEE, computed A309");

    for (int i = 0; i < 6; i++) {
      log.rejected(bad, tail);
      clock.advance(Duration.ofSeconds(10));
    }
    log.rejected(bad, tail);

    assertThat(logger.lines()).hasSize(2);
    assertThat(logger.lines().get(0))
        .isEqualTo(
            "WARN tcp://bridge:2000: rejected BAD_CHECKSUM at byte 0: expected 6EEE, computed"
                + " A309, 863 bytes"
                + String.format(
                    "%n  0000  2F 49 53 6B 35 5C 32 4D 54 33 38 32 2D 31 30 30  /ISk5\\2MT382-100")
                + String.format(
                    "%n  0010  30 0D 0A 0D 0A 31 2D 33 3A 30 2E 32 2E 38 28 35  0....1-3:0.2.8(5")
                + String.format(
                    "%n  0020  30 29 0D 0A 30 2D 30 3A 31 2E 30 2E 30 28 31 37  0)..0-0:1.0.0(17")
                + String.format(
                    "%n  0030  30 31 30 32 31 39 32 30 30 32 57 29 0D 0A 30 2D  0102192002W)..0-"));
    assertThat(logger.lines().get(1))
        .startsWith(
            "WARN tcp://bridge:2000: rejected BAD_CHECKSUM at byte 0: expected 6EEE, computed"
                + " A309 (and 5 more BAD_CHECKSUM since the last report), 863 bytes");
  }

  @Test
  void eachReasonHasItsOwnAllowance() {
    log.rejected(new Rejection(Reason.GARBAGE, 0, 3, "3 bytes that start no frame"), tail);
    log.rejected(new Rejection(Reason.TRUNCATED, 3, 10, "the input ended"), tail);
    log.rejected(new Rejection(Reason.GARBAGE, 13, 3, "3 bytes that start no frame"), tail);

    assertThat(logger.lines()).hasSize(2);
  }

  @Test
  void bytesNoLongerHeldAreLeftOutOfTheDump() {
    StreamTail small = new StreamTail(16);
    byte[] data = new byte[40];
    small.append(data, data.length);

    assertThat(small.bytes(0, 40, 64)).hasSize(16);
    assertThat(small.bytes(30, 5, 64)).hasSize(5);
    assertThat(small.bytes(0, 10, 64)).isEmpty();
  }
}
