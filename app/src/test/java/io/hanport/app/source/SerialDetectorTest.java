package io.hanport.app.source;

import static io.hanport.app.source.FakeSerialLines.withTopBitSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Detection's choice among settings, over a fake port: a pseudo-terminal ignores baud and parity,
 * so only a fake can show wrong settings (the real serial path is {@link SerialPtyTest}).
 */
class SerialDetectorTest {

  private static final SerialSettings FAST_8N1 = SerialSettings.DETECTION_ORDER.get(0);
  private static final SerialSettings DSMR3_7E1 = SerialSettings.DETECTION_ORDER.get(1);
  private static final SerialSettings MBUS_8E1 = SerialSettings.DETECTION_ORDER.get(2);
  private static final SerialSettings MBUS_8N1 = SerialSettings.DETECTION_ORDER.get(3);

  private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final FakeSerialLines lines = new FakeSerialLines(clock);
  private final SerialDetector detector =
      new SerialDetector(lines, Duration.ofSeconds(25), clock, DecoderOptions.defaults());

  @Test
  void keepsTheFirstSettingsThatYieldAValidFrame() throws IOException {
    byte[] telegram = TestCaptures.bytes(TestCaptures.SWEDISH);
    lines.at(FAST_8N1, withTopBitSet(telegram)).at(DSMR3_7E1, telegram).at(MBUS_8E1, telegram);

    SerialDetector.Detected detected =
        detector.detect("/dev/ttyUSB0", SerialSettings.DETECTION_ORDER);

    assertThat(detected.settings()).isEqualTo(DSMR3_7E1);
    assertThat(detected.details()).isEqualTo("9600 7E1 (detected)");
    assertThat(lines.opened()).containsExactly(FAST_8N1, DSMR3_7E1);
  }

  @Test
  void theFrameThatProvedTheSettingsIsReplayedAsAReading() throws IOException {
    byte[] telegram = TestCaptures.bytes(TestCaptures.SWEDISH);
    lines.at(MBUS_8N1, TestCaptures.concat(new byte[] {0x55, 0x13}, telegram));

    SerialDetector.Detected detected =
        detector.detect("/dev/ttyUSB0", SerialSettings.DETECTION_ORDER);

    assertThat(detected.settings()).isEqualTo(MBUS_8N1);
    assertThat(readingsFrom(detected)).hasSize(1);
  }

  @Test
  void garbageAtEverySettingIsReportedWithTheByteCount() {
    byte[] garbage = withTopBitSet(TestCaptures.bytes(TestCaptures.SWEDISH));
    lines.at(FAST_8N1, garbage).at(MBUS_8E1, garbage);

    assertThatThrownBy(() -> detector.detect("/dev/ttyUSB0", SerialSettings.DETECTION_ORDER))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "1424 bytes but no valid frame at 115200 8N1, 9600 7E1, 2400 8E1, 2400 8N1"
                + " (run 'hanport doctor' for what to check)");
    assertThat(lines.opened()).containsExactlyElementsOf(SerialSettings.DETECTION_ORDER);
  }

  @Test
  void aSilentPortIsReportedAsNoBytesAfterOneTrialWindowPerSetting() {
    Instant start = clock.instant();

    assertThatThrownBy(() -> detector.detect("/dev/ttyUSB0", SerialSettings.DETECTION_ORDER))
        .hasMessageStartingWith("no bytes at all at 115200 8N1, 9600 7E1, 2400 8E1, 2400 8N1");
    assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofSeconds(100));
  }

  @Test
  void aBadChecksumDoesNotProveTheSettings() {
    lines.at(FAST_8N1, TestCaptures.bytes(TestCaptures.BAD_CRC));

    assertThatThrownBy(() -> detector.detect("/dev/ttyUSB0", List.of(FAST_8N1)))
        .hasMessageStartingWith("863 bytes but no valid frame at 115200 8N1");
  }

  @Test
  void aPortThatCannotBeOpenedFailsAtOnce() {
    lines.failingToOpen(new IOException("no such port (is the cable plugged in?)"));

    assertThatThrownBy(() -> detector.detect("/dev/ttyUSB9", SerialSettings.DETECTION_ORDER))
        .hasMessage("no such port (is the cable plugged in?)");
  }

  @Test
  void aReopenedPortTriesTheSettingsFoundBeforeFirst() throws IOException {
    byte[] telegram = TestCaptures.bytes(TestCaptures.SWEDISH);
    lines.at(MBUS_8E1, telegram);
    SerialSource source =
        new SerialSource(new Endpoint.Serial("/dev/ttyUSB0", Optional.empty()), lines, detector);

    source.open().close();
    lines.opened().clear();
    source.open().close();

    assertThat(lines.opened()).containsExactly(MBUS_8E1);
  }

  @Test
  void givenSettingsAreUsedWithoutDetection() throws IOException {
    SerialSource source =
        new SerialSource(
            new Endpoint.Serial("/dev/ttyUSB0", Optional.of(MBUS_8N1)), lines, detector);

    try (Connection connection = source.open()) {
      assertThat(connection.details()).isEqualTo("2400 8N1");
    }
    assertThat(lines.opened()).containsExactly(MBUS_8N1);
  }

  private static List<Reading> readingsFrom(Connection connection) throws IOException {
    List<Reading> readings = new ArrayList<>();
    MeterDecoder decoder =
        new MeterDecoder(
            DecoderOptions.defaults(),
            new MeterDecoder.Listener() {
              @Override
              public void decoded(Reading reading, Frame frame) {
                readings.add(reading);
              }

              @Override
              public void rejected(Rejection rejection) {}
            });
    byte[] buffer = new byte[100];
    for (int count = connection.read(buffer); count > 0; count = connection.read(buffer)) {
      decoder.feed(buffer, 0, count);
    }
    return readings;
  }
}
