package io.hanport.app.source.doctor;

import io.hanport.app.source.SerialSettings;
import io.hanport.codec.wire.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Trials as a test describes them: only what matters to the case. */
final class TrialBuilder {

  private final Optional<SerialSettings> settings;
  private Duration listened = Duration.ofSeconds(15);
  private long bytes;
  private byte[] firstBytes = new byte[0];
  private int readings;
  private final Map<Reason, Integer> rejections = new EnumMap<>(Reason.class);
  private int invertedValidFrames;
  private int hdlcStarts;
  private final List<Duration> gaps = new ArrayList<>();
  private String protocol;
  private String profile;

  private TrialBuilder(Optional<SerialSettings> settings) {
    this.settings = settings;
  }

  static TrialBuilder at(int index) {
    return new TrialBuilder(Optional.of(SerialSettings.DETECTION_ORDER.get(index)));
  }

  static TrialBuilder at(SerialSettings settings) {
    return new TrialBuilder(Optional.of(settings));
  }

  static TrialBuilder stream() {
    return new TrialBuilder(Optional.empty());
  }

  TrialBuilder listened(Duration duration) {
    listened = duration;
    return this;
  }

  TrialBuilder bytes(long count, byte... first) {
    bytes = count;
    firstBytes = first;
    return this;
  }

  TrialBuilder readings(int count, String readingProtocol, String readingProfile) {
    readings = count;
    protocol = readingProtocol;
    profile = readingProfile;
    return this;
  }

  TrialBuilder rejected(Reason reason, int count) {
    rejections.put(reason, count);
    return this;
  }

  TrialBuilder inverted(int validFrames) {
    invertedValidFrames = validFrames;
    return this;
  }

  TrialBuilder hdlcStarts(int count) {
    hdlcStarts = count;
    return this;
  }

  TrialBuilder gapsOfSeconds(double... seconds) {
    for (double gap : seconds) {
      gaps.add(Duration.ofMillis(Math.round(gap * 1000)));
    }
    return this;
  }

  Trial build() {
    return new Trial(
        settings,
        listened,
        bytes,
        firstBytes,
        readings,
        rejections,
        invertedValidFrames,
        hdlcStarts,
        gaps,
        Optional.ofNullable(protocol),
        Optional.ofNullable(profile));
  }
}
