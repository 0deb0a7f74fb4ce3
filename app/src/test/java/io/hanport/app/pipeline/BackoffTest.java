package io.hanport.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Duration MINUTE = Duration.ofSeconds(60);

  @Test
  void withoutJitterTheDelayDoublesFromOneSecondToTheSixtySecondCap() {
    Backoff backoff = new Backoff(SECOND, MINUTE, 0.2, () -> 0.0);

    assertThat(delaysInSeconds(backoff, 9))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
  }

  @Test
  void jitterTakesOffAtMostItsShareAndNeverGoesAboveTheCap() {
    double[] randoms = {0.5, 0.999, 0.25};
    int[] next = {0};
    Backoff backoff = new Backoff(SECOND, MINUTE, 0.2, () -> randoms[next[0]++ % randoms.length]);

    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      delays.add(backoff.next());
    }

    assertThat(delays)
        .containsExactly(
            Duration.ofMillis(900), // 1 s - 0.2 * 0.5 * 1 s
            Duration.ofMillis(1601), // 2 s - 0.2 * 0.999 * 2 s, truncated to whole ms
            Duration.ofMillis(3800),
            Duration.ofMillis(7200),
            Duration.ofMillis(12804),
            Duration.ofMillis(30400),
            Duration.ofMillis(54000),
            Duration.ofMillis(48012),
            Duration.ofMillis(57000));
  }

  @Test
  void theSameRandomSeedGivesTheSameDelays() {
    Backoff first = new Backoff(SECOND, MINUTE, 0.2, new Random(42)::nextDouble);
    Backoff second = new Backoff(SECOND, MINUTE, 0.2, new Random(42)::nextDouble);

    assertThat(delaysInMillis(first, 12)).isEqualTo(delaysInMillis(second, 12));
  }

  @Test
  void resetStartsFromTheInitialDelayAgain() {
    Backoff backoff = new Backoff(SECOND, MINUTE, 0, () -> 0.7);
    delaysInSeconds(backoff, 5);

    backoff.reset();

    assertThat(backoff.next()).isEqualTo(SECOND);
  }

  @Test
  void manyFailuresStayAtTheCap() {
    Backoff backoff = new Backoff(SECOND, MINUTE, 0, () -> 0);

    assertThat(delaysInSeconds(backoff, 10_000).get(9_999)).isEqualTo(60L);
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(() -> new Backoff(MINUTE, SECOND, 0.2, () -> 0))
        .hasMessageContaining("need 0 < initial <= cap");
    assertThatThrownBy(() -> new Backoff(SECOND, MINUTE, 1.5, () -> 0))
        .hasMessageContaining("jitter is a fraction from 0 to 1");
  }

  private static List<Long> delaysInSeconds(Backoff backoff, int count) {
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      delays.add(backoff.next().toSeconds());
    }
    return delays;
  }

  private static List<Long> delaysInMillis(Backoff backoff, int count) {
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      delays.add(backoff.next().toMillis());
    }
    return delays;
  }
}
