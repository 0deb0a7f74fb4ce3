package io.hanport.app.source.doctor;

import io.hanport.app.source.Connection;
import io.hanport.app.source.Endpoint;
import io.hanport.app.source.IoProblems;
import io.hanport.app.source.SerialLines;
import io.hanport.app.source.SerialSettings;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.source.Sources;
import io.hanport.app.source.doctor.Observations.Adapter;
import io.hanport.codec.MeterDecoder;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Listens to an input for {@code hanport doctor} and writes down what it hears. A serial port is
 * tried at the settings the URI gives first, then at each detection setting, a quarter of the time
 * each; once frames arrive it stays at those settings for the rest of the time, to measure the
 * interval and the checksum failure rate.
 */
public final class Sniffer {

  /** Enough frames for three intervals; listening stops early once they are in. */
  static final int ENOUGH_FRAMES = 4;

  private final SourceOptions options;
  private final SerialLines serialLines;
  private final Clock clock;

  public Sniffer(SourceOptions options, SerialLines serialLines, Clock clock) {
    this.options = options;
    this.serialLines = serialLines;
    this.clock = clock;
  }

  public Observations listen(Endpoint endpoint, Adapter adapter, Duration budget) {
    boolean keyGiven = options.decoder().encryptionKey().isPresent();
    List<Trial> trials = new ArrayList<>();
    Optional<String> openFailure;
    try {
      if (endpoint instanceof Endpoint.Serial serial) {
        listenSerial(serial, budget, trials);
      } else {
        Instant end = clock.instant().plus(budget);
        try (Connection connection = Sources.of(endpoint, options).open()) {
          trials.add(listen(connection, Optional.empty(), end, end));
        }
      }
      openFailure = Optional.empty();
    } catch (IOException failed) {
      openFailure = Optional.of(IoProblems.describe(failed));
    }
    return new Observations(endpoint, adapter, keyGiven, openFailure, trials);
  }

  private void listenSerial(Endpoint.Serial serial, Duration budget, List<Trial> trials)
      throws IOException {
    List<SerialSettings> order = new ArrayList<>(SerialSettings.DETECTION_ORDER);
    serial
        .settings()
        .ifPresent(
            given -> {
              order.remove(given);
              order.add(0, given);
            });
    Duration slot = budget.dividedBy(SerialSettings.DETECTION_ORDER.size());
    Instant end = clock.instant().plus(budget);
    for (SerialSettings settings : order) {
      Instant now = clock.instant();
      if (!now.isBefore(end)) {
        return;
      }
      Instant slotEnd = now.plus(slot).isBefore(end) ? now.plus(slot) : end;
      try (Connection line = serialLines.open(serial.port(), settings)) {
        Trial trial = listen(line, Optional.of(settings), slotEnd, end);
        trials.add(trial);
        if (trial.validFrames() > 0) {
          return;
        }
      }
    }
  }

  /** Until the slot ends, or, once a valid frame came, until the end or enough frames. */
  private Trial listen(
      Connection connection, Optional<SerialSettings> settings, Instant slotEnd, Instant end) {
    TrialRecorder recorder = new TrialRecorder(settings, clock);
    MeterDecoder plain = new MeterDecoder(options.decoder(), recorder);
    MeterDecoder inverted = new MeterDecoder(options.decoder(), recorder.invertedListener());
    byte[] buffer = new byte[4096];
    try {
      while (recorder.validFrames() < ENOUGH_FRAMES
          && clock.instant().isBefore(recorder.validFrames() > 0 ? end : slotEnd)) {
        int count = connection.read(buffer);
        if (count < 0) {
          break;
        }
        recorder.heard(buffer, count);
        plain.feed(buffer, 0, count);
        inverted.feed(invert(buffer, count), 0, count);
      }
    } catch (IOException lost) {
      // The input went away mid-listen: what was heard so far is still the diagnosis's evidence.
    }
    plain.finish();
    inverted.finish();
    return recorder.trial();
  }

  private static byte[] invert(byte[] data, int count) {
    byte[] inverted = new byte[count];
    for (int i = 0; i < count; i++) {
      inverted[i] = (byte) ~data[i];
    }
    return inverted;
  }
}
