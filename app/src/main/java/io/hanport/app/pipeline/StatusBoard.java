package io.hanport.app.pipeline;

import io.hanport.app.pipeline.PipelineStatus.State;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The pipeline's counters and state, written by its reader thread, read by anyone. */
final class StatusBoard {

  private final String input;
  private final String source;
  private final Supplier<List<PipelineStatus.SinkStatus>> sinks;
  private final Map<Reason, Long> rejections = new EnumMap<>(Reason.class);
  private State state = State.CONNECTING;
  private String connection = "";
  private String meter;
  private String protocol;
  private String profile;
  private Instant lastFrame;
  private long bytes;
  private long frames;
  private long reconnects;
  private String problem;

  StatusBoard(String input, String source, Supplier<List<PipelineStatus.SinkStatus>> sinks) {
    this.input = input;
    this.source = source;
    this.sinks = sinks;
  }

  synchronized State state() {
    return state;
  }

  synchronized void state(State newState) {
    state = newState;
  }

  synchronized void connected(String details) {
    state = State.CONNECTED;
    connection = details;
    problem = null;
  }

  synchronized void problem(State newState, String description) {
    state = newState;
    problem = description;
  }

  synchronized void reconnecting(String description) {
    reconnects++;
    problem(State.RECONNECTING, description);
  }

  synchronized void bytes(int count) {
    bytes += count;
  }

  synchronized void reading(String meterName, Reading reading, Instant received) {
    frames++;
    meter = meterName;
    protocol = reading.protocol();
    profile = profileOf(reading);
    lastFrame = received;
  }

  synchronized void rejected(Reason reason) {
    rejections.merge(reason, 1L, Long::sum);
  }

  synchronized PipelineStatus snapshot(Instant now) {
    return new PipelineStatus(
        input,
        source,
        state,
        connection,
        Optional.ofNullable(meter),
        Optional.ofNullable(protocol),
        Optional.ofNullable(profile),
        Optional.ofNullable(lastFrame),
        Optional.ofNullable(lastFrame).map(at -> Duration.between(at, now)),
        bytes,
        frames,
        rejections,
        reconnects,
        Optional.ofNullable(problem),
        sinks.get());
  }

  /** DSMR names its kind in the header; DLMS in the list id and the model. */
  private static String profileOf(Reading reading) {
    Optional<String> header = reading.text(Field.HEADER);
    if (header.isPresent()) {
      return header.get();
    }
    String kind =
        (reading.text(Field.LIST_ID).orElse("") + " " + reading.text(Field.METER_MODEL).orElse(""))
            .strip();
    return kind.isEmpty() ? null : kind;
  }
}
