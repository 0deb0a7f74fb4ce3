package io.hanport.app.pipeline;

import io.hanport.codec.wire.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a pipeline is doing, as of one instant: for the status API, the web page and logs.
 *
 * @param input the input's canonical URI
 * @param source the name its readings carry
 * @param state where the connection stands
 * @param connection what the connection found out, e.g. {@code 2400 8E1 (detected)}; may be empty
 * @param meter the meter name of the last reading
 * @param protocol {@code dsmr} or {@code dlms}, from the last reading
 * @param profile what identifies the meter's kind: the DSMR header ({@code ELL5\253833635_A}), or
 *     the DLMS list id and model ({@code AIDON_V0001 6534})
 * @param lastFrame when the last reading arrived
 * @param lastFrameAge how long ago that was
 * @param bytes bytes read since the start
 * @param frames frames that became readings
 * @param rejections rejected frames and byte runs, by reason
 * @param reconnects connections lost or reopened after silence
 * @param problem the last connection problem, while it lasts
 * @param sinks each sink's queue
 */
public record PipelineStatus(
    String input,
    String source,
    State state,
    String connection,
    Optional<String> meter,
    Optional<String> protocol,
    Optional<String> profile,
    Optional<Instant> lastFrame,
    Optional<Duration> lastFrameAge,
    long bytes,
    long frames,
    Map<Reason, Long> rejections,
    long reconnects,
    Optional<String> problem,
    List<SinkStatus> sinks) {

  /** Where a pipeline's connection stands. */
  public enum State {
    /** Opening the input for the first time (serial detection happens here). */
    CONNECTING,
    /** Open, and frames arrive. */
    CONNECTED,
    /** Open, but no frame for longer than the pipeline's silence threshold. */
    SILENT,
    /** Lost or silent too long: waiting out the backoff, then opening again. */
    RECONNECTING,
    /** The input ended (a file). */
    ENDED,
    /** The input cannot be opened and waiting will not help (a missing file). */
    FAILED,
    /** Closed by its owner. */
    STOPPED
  }

  /**
   * One sink's queue.
   *
   * @param dropped readings dropped because the queue was full (the oldest go first)
   * @param failures readings the sink threw on
   */
  public record SinkStatus(String name, int depth, int capacity, long dropped, long failures) {}

  public PipelineStatus {
    rejections = Map.copyOf(rejections);
    sinks = List.copyOf(sinks);
  }

  /**
   * The share of frames that failed their checksum, 0 to 1: bad checksums over every frame seen
   * (readings and frame-level rejections; byte runs that start no frame are not frames).
   */
  public double checksumFailureRate() {
    long badChecksums = rejections.getOrDefault(Reason.BAD_CHECKSUM, 0L);
    long rejectedFrames =
        rejections.entrySet().stream()
            .filter(entry -> entry.getKey() != Reason.GARBAGE)
            .mapToLong(Map.Entry::getValue)
            .sum();
    long seen = frames + rejectedFrames;
    return seen == 0 ? 0 : (double) badChecksums / seen;
  }
}
