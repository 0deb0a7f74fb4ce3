package io.hanport.app.source.doctor;

import io.hanport.app.source.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code hanport doctor} heard on an input, and what it was told about it: the facts a
 * diagnosis is made of, with no I/O left in them.
 *
 * @param endpoint the input listened to
 * @param adapter what the user says is plugged into the meter
 * @param keyGiven whether a decryption key was given
 * @param openFailure why the input could not be opened, when it could not
 * @param trials each stretch of listening, in order
 */
public record Observations(
    Endpoint endpoint,
    Adapter adapter,
    boolean keyGiven,
    Optional<String> openFailure,
    List<Trial> trials) {

  /** The kind of cable or adapter between the meter and this computer. */
  public enum Adapter {
    /** A P1/HAN adapter for the RJ12 port: 5 V logic, must never meet M-Bus voltage. */
    P1,
    /** An M-Bus adapter (TSS721 or similar) for the RJ45 port of Norwegian-style meters. */
    MBUS
  }

  public Observations {
    trials = List.copyOf(trials);
  }

  public long bytes() {
    return trials.stream().mapToLong(Trial::bytes).sum();
  }

  public Duration listened() {
    return trials.stream().map(Trial::listened).reduce(Duration.ZERO, Duration::plus);
  }

  /** The first trial that heard a frame with a valid checksum. */
  public Optional<Trial> firstWithValidFrames() {
    return trials.stream().filter(trial -> trial.validFrames() > 0).findFirst();
  }

  public boolean readingsDecoded() {
    return trials.stream().anyMatch(trial -> trial.readings() > 0);
  }
}
