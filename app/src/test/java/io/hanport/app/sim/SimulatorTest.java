package io.hanport.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Determinism and push schedules of every profile (PROTOCOLS.md §1.3, §2, §6.6). */
class SimulatorTest {

  private static final Instant START = Instant.parse("2024-03-05T11:00:00Z");

  @ParameterizedTest
  @EnumSource(Profile.class)
  void sameSeedAndStartGiveTheSameBytes(Profile profile) {
    assertThat(stream(profile, 42)).isEqualTo(stream(profile, 42));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void anotherSeedGivesAnotherMeter(Profile profile) {
    assertThat(stream(profile, 42)).isNotEqualTo(stream(profile, 43));
  }

  @Test
  void swedishMeterSendsATelegramEveryTenSecondsOnTheTens() {
    assertSchedule(Profile.SE_P1, Map.of(Push.TELEGRAM, 360), 10_000);
  }

  @Test
  void dutchMeterSendsATelegramEverySecond() {
    assertSchedule(Profile.NL_DSMR5, Map.of(Push.TELEGRAM, 3600), 1_000);
  }

  @Test
  void smartySendsATelegramEveryTenSeconds() {
    assertSchedule(Profile.LU_SMARTY, Map.of(Push.TELEGRAM, 360), 10_000);
  }

  @Test
  void aidonSendsList1Every2500MsList2Every10sAndList3AtTenPastTheHour() {
    List<SimulatedFrame> frames = assertSchedule(Profile.NO_AIDON,
        Map.of(Push.POWER, 1080, Push.INSTANTANEOUS, 359, Push.HOURLY, 1), 2_500);
    assertHourlyAt(frames, START.plusSeconds(10));
    assertListsEvery(frames, Push.INSTANTANEOUS, 10_000);
  }

  @Test
  void kaifaSendsList1Every2sList2Every10sAndList3AtTenPastTheHour() {
    List<SimulatedFrame> frames = assertSchedule(Profile.NO_KAIFA,
        Map.of(Push.POWER, 1440, Push.INSTANTANEOUS, 359, Push.HOURLY, 1), 2_000);
    assertHourlyAt(frames, START.plusSeconds(10));
    assertListsEvery(frames, Push.INSTANTANEOUS, 10_000);
  }

  @Test
  void kamstrupSendsItsListEvery10sAndTheHourlyListAtFivePast() {
    List<SimulatedFrame> frames = assertSchedule(Profile.NO_KAMSTRUP,
        Map.of(Push.INSTANTANEOUS, 360, Push.HOURLY, 1), 5_000);
    assertHourlyAt(frames, START.plusSeconds(5));
    assertListsEvery(frames, Push.INSTANTANEOUS, 10_000);
  }

  @Test
  void theFirstFrameIsTheFirstPushAtOrAfterTheStart() {
    Simulator simulator = Simulator.create(Profile.SE_P1, 1, START.plusSeconds(3));
    assertThat(simulator.next().time()).isEqualTo(START.plusSeconds(10));
    assertThat(simulator.next().time()).isEqualTo(START.plusSeconds(20));
  }

  private static List<SimulatedFrame> assertSchedule(Profile profile, Map<Push, Integer> counts,
      long tickMillis) {
    List<SimulatedFrame> frames = new ArrayList<>();
    Simulator.create(profile, 1, START).generate(START.plus(Duration.ofHours(1)), frames::add);
    Map<Push, Integer> seen = new EnumMap<>(Push.class);
    for (SimulatedFrame frame : frames) {
      seen.merge(frame.push(), 1, Integer::sum);
      assertThat(frame.time().toEpochMilli() % tickMillis).isZero();
      if (frame.push() != Push.TELEGRAM) {
        HdlcTestParser.parse(frame.bytes());
      }
    }
    assertThat(seen).isEqualTo(counts);
    return frames;
  }

  private static void assertHourlyAt(List<SimulatedFrame> frames, Instant expected) {
    assertThat(frames.stream().filter(frame -> frame.push() == Push.HOURLY).findFirst())
        .hasValueSatisfying(frame -> assertThat(frame.time()).isEqualTo(expected));
  }

  /** Every 10 s on the tens, except where the hourly list takes the slot (Aidon, Kaifa). */
  private static void assertListsEvery(List<SimulatedFrame> frames, Push push, long millis) {
    for (SimulatedFrame frame : frames) {
      if (frame.push() == push) {
        assertThat(frame.time().toEpochMilli() % millis).isZero();
      }
    }
  }

  private static byte[] stream(Profile profile, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Simulator.create(profile, seed, START)
        .generate(START.plus(Duration.ofMinutes(2)), frame -> out.writeBytes(frame.bytes()));
    return out.toByteArray();
  }
}
