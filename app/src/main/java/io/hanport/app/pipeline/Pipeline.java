package io.hanport.app.pipeline;

import io.hanport.app.pipeline.PipelineStatus.State;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One input's way from bytes to sinks: opens the source, decodes what it sends, wraps each reading
 * as a {@link MeterReading} and hands it to every sink through the sink's own bounded queue.
 * Reconnects forever with capped exponential backoff when the connection is lost or silent
 * (ARCHITECTURE.md error model 2); counts frames and rejections for {@link #status()}.
 *
 * <pre>{@code
 * Pipeline pipeline = new Pipeline(input, source, PipelineOptions.defaults(decoder),
 *     Map.of("store", store, "mqtt", mqtt));
 * pipeline.start();
 * ...
 * pipeline.close();   // stops reading, lets the sinks take what is queued, closes them
 * }</pre>
 */
public final class Pipeline implements AutoCloseable {

  private static final Set<State> FINAL = EnumSet.of(State.ENDED, State.FAILED, State.STOPPED);

  private final PipelineOptions options;
  private final List<SinkQueue> sinks = new ArrayList<>();
  private final StatusBoard board;
  private final Reader reader;
  private final Thread thread;

  /**
   * @param sinks each sink by a name for status and logs, in delivery order
   */
  public Pipeline(
      InputUri input, Source source, PipelineOptions options, Map<String, ReadingSink> sinks) {
    this(input, source, options, sinks, List.of());
  }

  /**
   * @param sinks each sink by a name for status and logs, in delivery order
   * @param taps see every byte read from the input, before decoding (raw re-serve)
   */
  public Pipeline(
      InputUri input,
      Source source,
      PipelineOptions options,
      Map<String, ReadingSink> sinks,
      List<ByteTap> taps) {
    this.options = options;
    new LinkedHashMap<>(sinks)
        .forEach((name, sink) -> this.sinks.add(new SinkQueue(name, sink, options.sinkQueue())));
    this.board = new StatusBoard(source.uri(), input.sourceName(), this::sinkStatuses);
    Decoding decoding =
        new Decoding(
            input.sourceName(),
            options,
            board,
            new MeterNames(input.name(), source.uri()),
            new RejectionLog(source.uri(), options.clock(), options.logInterval()),
            this::fanOut);
    this.reader = new Reader(source, options, board, decoding, taps);
    this.thread = new Thread(this::read, "hanport-input-" + input.sourceName());
    // A source stuck in open() (a TCP connect, serial detection) must not keep the JVM alive.
    thread.setDaemon(true);
  }

  public void start() {
    sinks.forEach(SinkQueue::start);
    thread.start();
  }

  public PipelineStatus status() {
    return board.snapshot(options.clock().instant());
  }

  /**
   * Waits until the input ends (a file), cannot be opened for good, or the pipeline is closed.
   *
   * @return whether it stopped reading within {@code timeout}
   */
  public boolean awaitEnd(Duration timeout) throws InterruptedException {
    thread.join(Math.max(1, timeout.toMillis()));
    return !thread.isAlive();
  }

  /** Stops reading, then lets each sink take what is queued (bounded wait) and closes it. */
  @Override
  public void close() {
    reader.stop();
    boolean interrupted = false;
    try {
      thread.join(options.sinkDrain().toMillis());
    } catch (InterruptedException hurry) {
      interrupted = true;
    }
    if (!FINAL.contains(board.state())) {
      board.state(State.STOPPED);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    for (SinkQueue sink : sinks) {
      sink.close(options.sinkDrain());
    }
  }

  private void read() {
    reader.run();
  }

  private void fanOut(MeterReading reading) {
    for (SinkQueue sink : sinks) {
      sink.offer(reading);
    }
  }

  private List<PipelineStatus.SinkStatus> sinkStatuses() {
    List<PipelineStatus.SinkStatus> statuses = new ArrayList<>();
    for (SinkQueue sink : sinks) {
      statuses.add(sink.status());
    }
    return statuses;
  }
}
