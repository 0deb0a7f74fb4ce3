package io.hanport.app.pipeline;

import io.hanport.codec.DecoderOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * How a pipeline decodes, waits and retries.
 *
 * @param decoder keys and zone for the decoder
 * @param silentAfter without a frame for this long, the status says SILENT
 * @param reopenAfter without a frame for this long, the input is closed and opened again
 * @param initialBackoff the first wait before reconnecting, doubled after each failure
 * @param maxBackoff the cap on that wait
 * @param jitter the largest fraction of a wait taken off at random ({@link Backoff})
 * @param sinkQueue readings each sink's queue holds before the oldest are dropped
 * @param sinkDrain how long closing waits for sinks to take what is queued
 * @param logInterval the least time between two log lines about one kind of rejection
 * @param clock stamps readings ({@code received}) and times silence
 * @param random uniform values in [0, 1) for the jitter
 */
public record PipelineOptions(
    DecoderOptions decoder,
    Duration silentAfter,
    Duration reopenAfter,
    Duration initialBackoff,
    Duration maxBackoff,
    double jitter,
    int sinkQueue,
    Duration sinkDrain,
    Duration logInterval,
    Clock clock,
    DoubleSupplier random) {

  /**
   * Silent after 20 s, two missed Swedish telegrams (one per 10 s: PROTOCOLS.md §1.3); reopened
   * after 60 s; backoff from 1 s doubling to 60 s, up to 20 % jitter; 1000 readings per sink, over
   * 16 minutes of Swedish telegrams.
   */
  public static PipelineOptions defaults(DecoderOptions decoder) {
    return new PipelineOptions(
        decoder,
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        Duration.ofSeconds(1),
        Duration.ofSeconds(60),
        0.2,
        1000,
        Duration.ofSeconds(5),
        Duration.ofSeconds(60),
        Clock.systemUTC(),
        new Random()::nextDouble);
  }

  /** The same options with other silence and backoff times (tests use milliseconds). */
  public PipelineOptions withTimes(
      Duration newSilentAfter, Duration newReopenAfter, Duration newInitial, Duration newMax) {
    return new PipelineOptions(
        decoder,
        newSilentAfter,
        newReopenAfter,
        newInitial,
        newMax,
        jitter,
        sinkQueue,
        sinkDrain,
        logInterval,
        clock,
        random);
  }

  public PipelineOptions withSinkQueue(int newSinkQueue) {
    return new PipelineOptions(
        decoder,
        silentAfter,
        reopenAfter,
        initialBackoff,
        maxBackoff,
        jitter,
        newSinkQueue,
        sinkDrain,
        logInterval,
        clock,
        random);
  }

  Backoff backoff() {
    return new Backoff(initialBackoff, maxBackoff, jitter, random);
  }
}
