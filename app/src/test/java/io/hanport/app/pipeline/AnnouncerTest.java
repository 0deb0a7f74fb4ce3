package io.hanport.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** Each change of a connection's story is logged once; retries are quiet. */
class AnnouncerTest {

  private final RecordingLogger log = new RecordingLogger();
  private final Announcer announcer = new Announcer("tcp://bridge:2000", log);

  @Test
  void aRepeatedProblemIsLoggedOnceThenQuietlyUntilFramesArrive() {
    announcer.connected("");
    announcer.frames("readings for meter home (dsmr ELL5)");
    announcer.problem("connection lost (connection reset)", "reopening (next attempt in 1 s)");
    announcer.problem("connection refused", "retrying with backoff (next in 2 s)");
    announcer.problem("connection refused", "retrying with backoff (next in 4 s)");
    announcer.problem("connection refused", "retrying with backoff (next in 8 s)");
    announcer.connected("");
    announcer.frames("readings for meter home (dsmr ELL5)");
    announcer.frames("readings for meter home (dsmr ELL5)");

    assertThat(log.linesAtLeast(Level.INFO))
        .containsExactly(
            "INFO tcp://bridge:2000: connected",
            "INFO tcp://bridge:2000: readings for meter home (dsmr ELL5)",
            "WARN tcp://bridge:2000: connection lost (connection reset), reopening (next attempt in"
                + " 1 s)",
            "WARN tcp://bridge:2000: connection refused, retrying with backoff (next in 2 s)",
            "INFO tcp://bridge:2000: frames again: readings for meter home (dsmr ELL5)");
    assertThat(log.lines()).hasSize(8);
  }

  @Test
  void aBridgeThatAcceptsAndResetsAllDayIsOneWarning() {
    announcer.connected("");
    for (int i = 0; i < 1000; i++) {
      announcer.problem("connection lost (connection reset)", "reopening (next attempt in 60 s)");
      announcer.connected("");
    }

    assertThat(log.linesAtLeast(Level.WARN)).hasSize(1);
  }

  @Test
  void durationsReadAsAPersonWouldSayThem() {
    assertThat(Announcer.human(Duration.ofMillis(300))).isEqualTo("300 ms");
    assertThat(Announcer.human(Duration.ofMillis(7_800))).isEqualTo("8 s");
    assertThat(Announcer.human(Duration.ofSeconds(60))).isEqualTo("60 s");
    assertThat(Announcer.human(Duration.ofMinutes(5))).isEqualTo("5 min");
  }
}
