package io.hanport.app.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last hour of one meter's power, for the live chart a freshly opened dashboard draws before
 * the stream brings more. Bounded twice: by age, and by count for meters that send every second.
 */
final class PowerWindow {

  static final Duration SPAN = Duration.ofHours(1);

  /** One sample a second for an hour, and a little slack. */
  private static final int MAX_SAMPLES = 4000;

  /** Power at one instant, in watts; a meter without export sends none, recorded as 0. */
  record Sample(Instant time, double importW, double exportW) {}

  private final Deque<Sample> samples = new ArrayDeque<>();

  synchronized void add(Sample sample) {
    samples.addLast(sample);
    Instant oldest = sample.time().minus(SPAN);
    while (samples.size() > MAX_SAMPLES || samples.getFirst().time().isBefore(oldest)) {
      samples.removeFirst();
    }
  }

  /** The samples of the hour before {@code now}, oldest first. */
  synchronized List<Sample> since(Instant now) {
    Instant oldest = now.minus(SPAN);
    List<Sample> recent = new ArrayList<>(samples.size());
    for (Sample sample : samples) {
      if (!sample.time().isBefore(oldest)) {
        recent.add(sample);
      }
    }
    return recent;
  }
}
