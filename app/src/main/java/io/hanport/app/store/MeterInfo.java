package io.hanport.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A meter the store has readings of, by the name the app gives it, with its segments: a new segment
 * starts at the first reading, and again whenever the meter is swapped or its registers are reset.
 */
public record MeterInfo(
    String name, Instant firstReading, Instant lastReading, List<Segment> segments) {

  public MeterInfo {
    segments = List.copyOf(segments);
  }

  /**
   * @param started time of the segment's first register reading
   * @param reason why a segment started here, e.g. {@code first reading}, {@code meter_id changed}
   */
  public record Segment(
      Instant started,
      String reason,
      Optional<String> header,
      Optional<String> meterId,
      Optional<String> listId,
      Optional<String> meterModel) {}
}
