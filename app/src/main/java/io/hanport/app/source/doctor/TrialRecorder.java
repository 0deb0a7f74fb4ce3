package io.hanport.app.source.doctor;

import io.hanport.app.source.SerialSettings;
import io.hanport.app.source.ValidFrames;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts what one trial hears: bytes, and the outcomes of two decoders, one fed the bytes as they
 * are and one fed them with every bit inverted (an adapter that does not invert the P1 signal).
 */
final class TrialRecorder implements MeterDecoder.Listener {

  private static final int FIRST_BYTES = 32;
  private static final byte HDLC_FLAG = 0x7E;

  private final Optional<SerialSettings> settings;
  private final Clock clock;
  private final Instant start;
  private final Map<Reason, Integer> rejections = new EnumMap<>(Reason.class);
  private final List<Duration> gaps = new ArrayList<>();
  private final byte[] firstBytes = new byte[FIRST_BYTES];
  private long bytes;
  private int readings;
  private int validFrames;
  private int invertedValidFrames;
  private int hdlcStarts;
  private byte previous;
  private Instant lastValidFrame;
  private String protocol;
  private String profile;

  TrialRecorder(Optional<SerialSettings> settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.start = clock.instant();
  }

  /** Counts bytes, keeps the first few, and spots HDLC frame starts, also across chunks. */
  void heard(byte[] data, int count) {
    for (int i = 0; i < count; i++) {
      if (bytes + i < FIRST_BYTES) {
        firstBytes[(int) (bytes + i)] = data[i];
      }
      if (previous == HDLC_FLAG && (data[i] & 0xF0) == 0xA0) {
        hdlcStarts++;
      }
      previous = data[i];
    }
    bytes += count;
  }

  int validFrames() {
    return validFrames;
  }

  /** The listener for the decoder fed inverted bytes: only its valid frames matter. */
  MeterDecoder.Listener invertedListener() {
    return new MeterDecoder.Listener() {
      @Override
      public void decoded(Reading reading, Frame frame) {
        invertedValidFrames++;
      }

      @Override
      public void rejected(Rejection rejection) {
        if (ValidFrames.passedChecksum(rejection.reason())) {
          invertedValidFrames++;
        }
      }
    };
  }

  @Override
  public void decoded(Reading reading, Frame frame) {
    readings++;
    protocol = reading.protocol();
    profile = profileOf(reading).orElse(profile);
    validFrame();
  }

  @Override
  public void rejected(Rejection rejection) {
    rejections.merge(rejection.reason(), 1, Integer::sum);
    if (ValidFrames.passedChecksum(rejection.reason())) {
      validFrame();
    }
  }

  Trial trial() {
    return new Trial(
        settings,
        Duration.between(start, clock.instant()),
        bytes,
        Arrays.copyOf(firstBytes, (int) Math.min(bytes, FIRST_BYTES)),
        readings,
        rejections,
        invertedValidFrames,
        hdlcStarts,
        gaps,
        Optional.ofNullable(protocol),
        Optional.ofNullable(profile));
  }

  private void validFrame() {
    validFrames++;
    Instant now = clock.instant();
    if (lastValidFrame != null) {
      gaps.add(Duration.between(lastValidFrame, now));
    }
    lastValidFrame = now;
  }

  private static Optional<String> profileOf(Reading reading) {
    Optional<String> header = reading.text(Field.HEADER);
    if (header.isPresent()) {
      return header;
    }
    String kind =
        (reading.text(Field.LIST_ID).orElse("") + " " + reading.text(Field.METER_MODEL).orElse(""))
            .strip();
    return kind.isEmpty() ? Optional.empty() : Optional.of(kind);
  }
}
