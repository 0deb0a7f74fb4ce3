package io.hanport.app.source.doctor;

import static io.hanport.app.source.FakeSerialLines.withTopBitSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.source.Endpoint;
import io.hanport.app.source.FakeSerialLines;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.ManualClock;
import io.hanport.app.source.SerialSettings;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.source.TestCaptures;
import io.hanport.app.source.doctor.Diagnosis.Severity;
import io.hanport.app.source.doctor.Observations.Adapter;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.wire.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What doctor hears, over a fake serial port on a manual clock, and over capture files. */
class SnifferTest {

  private static final SerialSettings FAST_8N1 = SerialSettings.DETECTION_ORDER.get(0);
  private static final SerialSettings MBUS_8E1 = SerialSettings.DETECTION_ORDER.get(2);
  private static final Duration MINUTE = Duration.ofSeconds(60);
  private static final Endpoint DETECTING = InputUri.parse("serial:/dev/ttyUSB0").endpoint();

  private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final FakeSerialLines lines = new FakeSerialLines(clock);
  private final SourceOptions options =
      SourceOptions.defaults(DecoderOptions.defaults(), profile -> null);
  private final Sniffer sniffer = new Sniffer(options, lines, clock);

  @TempDir Path folder;

  @Test
  void aSwedishMeterIsHeardAtTheFirstSettingsUntilEnoughFramesForTheInterval() {
    lines.every(FAST_8N1, TestCaptures.bytes(TestCaptures.SWEDISH), Duration.ofSeconds(10));

    Observations seen = sniffer.listen(DETECTING, Adapter.P1, MINUTE);

    assertThat(lines.opened()).containsExactly(FAST_8N1);
    Trial trial = seen.trials().get(0);
    assertThat(trial.readings()).isEqualTo(Sniffer.ENOUGH_FRAMES);
    assertThat(trial.frameGaps()).containsOnly(Duration.ofSeconds(10));
    assertThat(trial.profile()).contains("ELL5\\253833635_A");
    Diagnosis diagnosis = Diagnostician.diagnose(seen);
    assertThat(diagnosis.readingsDecoded()).isTrue();
    assertThat(diagnosis.text()).contains("OK: frame interval: one frame every 10.0 s.");
  }

  @Test
  void garbageAtTheFirstSettingsMovesOnUntilOneWorks() {
    byte[] telegram = TestCaptures.bytes(TestCaptures.SWEDISH);
    lines
        .every(FAST_8N1, withTopBitSet(telegram), Duration.ofSeconds(10))
        .every(SerialSettings.DETECTION_ORDER.get(1), telegram, Duration.ofSeconds(10));

    Observations seen = sniffer.listen(DETECTING, Adapter.P1, MINUTE);

    assertThat(seen.trials())
        .extracting(trial -> trial.settings().orElseThrow())
        .containsExactly(FAST_8N1, SerialSettings.DETECTION_ORDER.get(1));
    assertThat(seen.trials().get(0).listened())
        .isBetween(Duration.ofSeconds(15), Duration.ofSeconds(16));
    assertThat(Diagnostician.diagnose(seen).findings().get(0).text())
        .startsWith("4 readings decoded at 9600 7E1.");
  }

  @Test
  void bitInvertedTelegramsAreRecognised() {
    byte[] telegram = TestCaptures.bytes(TestCaptures.SWEDISH);
    byte[] inverted = new byte[telegram.length];
    for (int i = 0; i < telegram.length; i++) {
      inverted[i] = (byte) ~telegram[i];
    }
    lines.every(FAST_8N1, inverted, Duration.ofSeconds(10));

    Observations seen = sniffer.listen(DETECTING, Adapter.P1, MINUTE);

    assertThat(seen.trials().get(0).invertedValidFrames()).isEqualTo(2);
    assertThat(Diagnostician.diagnose(seen).text())
        .startsWith("PROBLEM: frames decode only when every bit is inverted at 115200 8N1");
  }

  @Test
  void kaifaHdlcAt2400BaudOnAP1AdapterRaisesTheDangerWarning() {
    lines.every(
        MBUS_8E1, TestCaptures.hexBytes(TestCaptures.KAIFA_HDLC_HEX), Duration.ofSeconds(10));

    Observations seen = sniffer.listen(DETECTING, Adapter.P1, MINUTE);

    assertThat(seen.trials().get(2).hdlcStarts()).isGreaterThanOrEqualTo(2);
    assertThat(Diagnostician.diagnose(seen).findings().get(0).severity())
        .isEqualTo(Severity.DANGER);
  }

  @Test
  void aMissingPortIsAnOpenFailure() {
    lines.failingToOpen(new IOException("no such port (is the cable plugged in?)"));

    Observations seen = sniffer.listen(DETECTING, Adapter.P1, MINUTE);

    assertThat(seen.openFailure()).contains("no such port (is the cable plugged in?)");
  }

  @Test
  void aCaptureFileIsReadToItsEndWithItsChecksumFailuresCounted() throws IOException {
    byte[] good = TestCaptures.bytes(TestCaptures.DUTCH_DSMR5);
    Path file = folder.resolve("capture.txt");
    Files.write(file, TestCaptures.concat(good, TestCaptures.bytes(TestCaptures.BAD_CRC), good));

    Observations seen =
        sniffer.listen(InputUri.parse("file:" + file).endpoint(), Adapter.P1, MINUTE);

    Trial trial = seen.trials().get(0);
    assertThat(trial.readings()).isEqualTo(2);
    assertThat(trial.rejected(Reason.BAD_CHECKSUM)).isEqualTo(1);
    assertThat(Diagnostician.diagnose(seen).text())
        .contains("PROBLEM: checksum failures: 1 of 3 frames (33 %).");
  }
}
