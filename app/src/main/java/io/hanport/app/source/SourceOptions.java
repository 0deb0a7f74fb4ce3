package io.hanport.app.source;

import io.hanport.codec.DecoderOptions;
import java.time.Clock;
import java.time.Duration;

/**
 * How sources connect.
 *
 * @param poll how long one read waits for bytes before returning none, so the pipeline notices
 *     silence
 * @param connectTimeout how long a TCP connect or MQTT handshake may take
 * @param serialTrial how long serial detection listens at each setting
 * @param decoder what detection decodes with (keys make encrypted frames count as valid)
 * @param simulator the virtual meter behind {@code sim:} inputs
 * @param clock times serial detection's trials
 */
public record SourceOptions(
    Duration poll,
    Duration connectTimeout,
    Duration serialTrial,
    DecoderOptions decoder,
    SimulatorBytes simulator,
    Clock clock) {

  public static SourceOptions defaults(DecoderOptions decoder, SimulatorBytes simulator) {
    return new SourceOptions(
        Duration.ofSeconds(1),
        Duration.ofSeconds(10),
        SerialDetector.DEFAULT_TRIAL,
        decoder,
        simulator,
        Clock.systemUTC());
  }

  public SourceOptions withPoll(Duration newPoll) {
    return new SourceOptions(newPoll, connectTimeout, serialTrial, decoder, simulator, clock);
  }
}
