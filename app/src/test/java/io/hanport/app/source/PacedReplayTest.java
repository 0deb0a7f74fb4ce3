package io.hanport.app.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A capture replayed at the meter's pace: frame by frame, with the meter kind's interval. */
class PacedReplayTest {

  private final List<Duration> pauses = new ArrayList<>();
  private final PacedReplay.Pauses recording =
      (pause, closed) -> {
        pauses.add(pause);
        return true;
      };

  @Test
  void swedishTelegramsComeOnePerTenSeconds() throws IOException {
    byte[] swedish = TestCaptures.bytes(TestCaptures.SWEDISH);
    PacedReplay replay =
        PacedReplay.of(TestCaptures.concat(swedish, swedish, swedish), Optional.empty(), recording);

    List<Integer> chunks = readAll(replay);

    assertThat(chunks).containsExactly(712, 712, 712);
    assertThat(pauses).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    assertThat(replay.details()).isEqualTo("replaying one frame per 10.0 s");
  }

  @Test
  void dsmr5TelegramsComeOnePerSecond() throws IOException {
    byte[] dutch = TestCaptures.bytes(TestCaptures.DUTCH_DSMR5);

    readAll(PacedReplay.of(TestCaptures.concat(dutch, dutch), Optional.empty(), recording));

    assertThat(pauses).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void theUriIntervalWinsAndRejectedFramesArePacedToo() throws IOException {
    byte[] swedish = TestCaptures.bytes(TestCaptures.SWEDISH);
    byte[] bad = TestCaptures.bytes(TestCaptures.BAD_CRC);
    PacedReplay replay =
        PacedReplay.of(
            TestCaptures.concat(swedish, bad, swedish),
            Optional.of(Duration.ofMillis(2500)),
            recording);

    assertThat(readAll(replay)).containsExactly(712, 863, 712);
    assertThat(pauses).containsExactly(Duration.ofMillis(2500), Duration.ofMillis(2500));
  }

  @Test
  void aClosedReplayEnds() throws IOException {
    byte[] swedish = TestCaptures.bytes(TestCaptures.SWEDISH);
    PacedReplay replay = PacedReplay.of(swedish, Optional.empty(), recording);

    replay.close();

    assertThat(replay.read(new byte[1024])).isEqualTo(-1);
  }

  private static List<Integer> readAll(Connection connection) throws IOException {
    List<Integer> chunks = new ArrayList<>();
    byte[] buffer = new byte[4096];
    for (int count = connection.read(buffer); count >= 0; count = connection.read(buffer)) {
      chunks.add(count);
    }
    return chunks;
  }
}
