package io.hanport.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Frames go out at their simulated instants on a scaled clock (--speed). */
class PacingTest {

  private static final Instant SIMULATED = Instant.parse("2024-05-01T10:00:00Z");

  /** A clock that moves only when the pacer sleeps on it. */
  private static final class FakeTime extends Clock {
    long millis = 1_000_000;
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public long millis() {
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    void sleep(Object monitor, long duration) {
      sleeps.add(duration);
      millis += duration;
    }
  }

  @Test
  void aDayPerMinuteMakesTenSimulatedSecondsSevenRealMilliseconds() throws Exception {
    FakeTime time = new FakeTime();
    ScaledPacer pacer = new ScaledPacer(time, SIMULATED, 1440, time::sleep);

    assertThat(pacer.awaitSimulated(SIMULATED.plusSeconds(10))).isTrue();
    assertThat(time.millis).isEqualTo(1_000_007);
    assertThat(pacer.awaitSimulated(SIMULATED.plus(Duration.ofDays(1)))).isTrue();
    assertThat(time.millis).isEqualTo(1_060_000);
  }

  @Test
  void aFrameAlreadyDueIsNotWaitedFor() throws Exception {
    FakeTime time = new FakeTime();
    ScaledPacer pacer = new ScaledPacer(time, SIMULATED, 1, time::sleep);

    assertThat(pacer.awaitSimulated(SIMULATED)).isTrue();
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void theStreamCarriesTheSimulatorsFramesInOrder() throws Exception {
    FakeTime time = new FakeTime();
    Simulator reference = Simulator.create(Profile.NO_KAIFA, 5, SIMULATED);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (int i = 0; i < 20; i++) {
      expected.writeBytes(reference.next().bytes());
    }
    InputStream stream = new PacedFrameStream(Simulator.create(Profile.NO_KAIFA, 5, SIMULATED),
        new ScaledPacer(time, SIMULATED, 10, time::sleep));

    byte[] read = stream.readNBytes(expected.size());

    assertThat(read).isEqualTo(expected.toByteArray());
    assertThat(time.millis - 1_000_000).as("20 frames 2 s apart at speed 10").isEqualTo(3_800);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void withDefaultOptionsADutchMeterStartsTalkingAtOnce() throws Exception {
    try (InputStream stream = Simulator.open(Profile.NL_DSMR5, SimulatorOptions.defaults())) {
      byte[] header = stream.readNBytes(6);

      assertThat(new String(header, StandardCharsets.US_ASCII)).isEqualTo("/ISK5\\");
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void closingTheStreamEndsABlockedRead() throws Exception {
    InputStream stream = Simulator.open(Profile.SE_P1,
        new SimulatorOptions(1, Optional.of(SIMULATED.plusSeconds(1)), 0.001));
    Thread closer = new Thread(() -> {
      try {
        Thread.sleep(200);
        stream.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    closer.start();

    assertThat(stream.read()).isEqualTo(-1);
    closer.join();
  }
}
