package io.hanport.app.source.doctor;

import static io.hanport.app.source.doctor.TrialBuilder.at;
import static io.hanport.app.source.doctor.TrialBuilder.stream;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.source.Endpoint;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.doctor.Diagnosis.Finding;
import io.hanport.app.source.doctor.Diagnosis.Severity;
import io.hanport.app.source.doctor.Observations.Adapter;
import io.hanport.codec.wire.Reason;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Doctor's wording for each case it recognises, from observations alone. */
class DiagnosticianTest {

  private static final Endpoint DETECTING = InputUri.parse("serial:/dev/ttyUSB0").endpoint();
  private static final String ALL_SETTINGS = "115200 8N1, 9600 7E1, 2400 8E1, 2400 8N1";

  @Test
  void aPortThatCannotBeOpenedSaysWhyAndWhatToCheck() {
    Diagnosis diagnosis =
        diagnose(DETECTING, Optional.of("no such port (is the cable plugged in?)"));

    assertThat(diagnosis.readingsDecoded()).isFalse();
    assertThat(diagnosis.text())
        .isEqualTo(
            "PROBLEM: could not open serial:/dev/ttyUSB0: no such port (is the cable plugged"
                + " in?). Check that the adapter is plugged in and the path is right (ls -l"
                + " /dev/serial/by-id/), and that your user may open it (group 'dialout').\n");
  }

  @Test
  void noBytesAtAllPointsAtActivationTheDataRequestPinAndTheCable() {
    Diagnosis diagnosis =
        diagnose(
            DETECTING,
            Optional.empty(),
            at(0).build(),
            at(1).build(),
            at(2).build(),
            at(3).build());

    assertThat(diagnosis.readingsDecoded()).isFalse();
    assertThat(diagnosis.findings()).hasSize(1);
    assertThat(diagnosis.findings().get(0).text())
        .startsWith(
            "no bytes at all in 60 s at "
                + ALL_SETTINGS
                + ". The meter sends nothing, or nothing reaches the adapter:\n"
                + "  1. The port may not be activated: grid companies switch the HAN/P1 port off by"
                + " default. Order activation from your grid company (DSO), usually in its customer"
                + " portal")
        .contains(
            "\n  2. The meter sends only while the data-request pin (RJ12 pin 2) is held high")
        .contains("tie pin 2 to pin 1 (+5 V)")
        .endsWith(
            "\n  3. Check the cable: a 6-pin RJ12 plug fully seated, data on pin 5, ground on"
                + " pin 3.");
  }

  @Test
  void noBytesFromABridgeOrABrokerNamesThemFirst() {
    Endpoint tcp = InputUri.parse("tcp://192.0.2.7:2000").endpoint();
    Endpoint mqtt = InputUri.parse("mqtt://broker/han/raw").endpoint();

    assertThat(
            diagnose(tcp, Optional.empty(), stream().listened(Duration.ofSeconds(60)).build())
                .text())
        .startsWith(
            "PROBLEM: no bytes at all in 60 s. The bridge accepted the connection but"
                + " forwarded nothing.");
    assertThat(
            diagnose(mqtt, Optional.empty(), stream().listened(Duration.ofSeconds(60)).build())
                .text())
        .startsWith(
            "PROBLEM: no bytes at all in 60 s. No message arrived on topic 'han/raw'. Check that"
                + " the bridge publishes raw frames to exactly this topic (mosquitto_sub -h broker"
                + " -t 'han/raw' -v shows them)");
  }

  @Test
  void bytesWithoutFramesListTheSettingsTriedAndShowTheBytes() {
    Diagnosis diagnosis =
        diagnose(
            DETECTING,
            Optional.empty(),
            at(0).bytes(700, (byte) 0xAF, (byte) 0xC5, (byte) 0x4C).build(),
            at(1).bytes(90).build(),
            at(2).bytes(20).build(),
            at(3).bytes(20).build());

    assertThat(diagnosis.readingsDecoded()).isFalse();
    assertThat(diagnosis.text())
        .startsWith(
            "PROBLEM: 830 bytes arrived, but no frame with a valid checksum at "
                + ALL_SETTINGS
                + ". The first bytes: AF C5 4C. Likely causes:\n  1. Wrong line"
                + " settings")
        .contains("\n  2. The P1 data line is open-collector and logically inverted");
  }

  @Test
  void framesThatDecodeOnlyInvertedBlameTheAdapter() {
    Diagnosis diagnosis =
        diagnose(
            DETECTING,
            Optional.empty(),
            at(0).bytes(1424).inverted(2).build(),
            at(1).bytes(300).build());

    assertThat(diagnosis.text())
        .isEqualTo(
            "PROBLEM: frames decode only when every bit is inverted at 115200 8N1: the signal"
                + " reaches this computer upside down. The P1 data line is open-collector and"
                + " logically inverted: the adapter must invert it (an NPN stage, or the UART's"
                + " RX-invert option; ESPHome: 'inverted: true' on the RX pin).\n");
  }

  @Test
  void givenSettingsThatFailWhileOthersWorkAreNamedWithTheUriToUse() {
    Endpoint given =
        InputUri.parse("serial:/dev/ttyUSB0?baud=9600&parity=even&databits=7").endpoint();

    Diagnosis diagnosis =
        diagnose(
            given,
            Optional.empty(),
            at(1).bytes(6000).build(),
            at(0)
                .bytes(2848)
                .readings(4, "dsmr", "ELL5\\253833635_A")
                .gapsOfSeconds(10, 10, 10)
                .build());

    assertThat(diagnosis.readingsDecoded()).isTrue();
    assertThat(diagnosis.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "OK: 4 readings decoded at 115200 8N1. Protocol: DSMR/P1 telegrams, meter"
                + " ELL5\\253833635_A.",
            "PROBLEM: wrong serial settings: nothing decodes at 9600 7E1, but frames do at 115200"
                + " 8N1. Use serial:/dev/ttyUSB0?baud=115200&parity=none&databits=8&stopbits=1, or"
                + " leave the settings out and hanport detects them.",
            "OK: checksum failures: none in 4 frames.",
            "OK: frame interval: one frame every 10.0 s.");
  }

  @Test
  void hdlcAt2400BaudOnAP1AdapterIsADangerWarningFirst() {
    Diagnosis diagnosis =
        diagnose(
            DETECTING,
            Optional.empty(),
            at(0).bytes(4000).build(),
            at(1).bytes(500).build(),
            at(2).bytes(370).hdlcStarts(3).build(),
            at(3).bytes(370).hdlcStarts(1).build());

    assertThat(diagnosis.findings().get(0))
        .isEqualTo(
            new Finding(
                Severity.DANGER,
                "this port speaks M-Bus (HDLC frames at 2400 baud), not P1. An M-Bus port carries"
                    + " about 24-27 V on pin 1, which destroys a 5 V P1 adapter. Unplug any P1"
                    + " adapter from it now and read it through an M-Bus adapter (TSS721-based). If"
                    + " you already use an M-Bus adapter, all is well: run doctor with --adapter"
                    + " mbus."));
  }

  @Test
  void decodedDlmsAt2400BaudWarnsToo_butNotWithAnMbusAdapter() {
    Trial kaifa =
        at(2).bytes(1230).readings(10, "dlms", "KFM_001 MA304H3E").gapsOfSeconds(10).build();

    Diagnosis onP1 =
        Diagnostician.diagnose(
            new Observations(
                DETECTING,
                Adapter.P1,
                false,
                Optional.empty(),
                List.of(at(0).build(), at(1).build(), kaifa)));
    Diagnosis onMbus =
        Diagnostician.diagnose(
            new Observations(
                DETECTING,
                Adapter.MBUS,
                false,
                Optional.empty(),
                List.of(at(0).build(), at(1).build(), kaifa)));

    assertThat(onP1.findings().get(0).severity()).isEqualTo(Severity.DANGER);
    assertThat(onMbus.findings()).extracting(Finding::severity).doesNotContain(Severity.DANGER);
    assertThat(onMbus.findings().get(0).text())
        .isEqualTo(
            "10 readings decoded at 2400 8E1. Protocol: DLMS/COSEM, meter KFM_001 MA304H3E.");
  }

  @Test
  void encryptedFramesWithoutAKeySayWhereToGetOne() {
    Diagnosis diagnosis =
        diagnose(
            InputUri.parse("tcp://bridge:2000").endpoint(),
            Optional.empty(),
            stream()
                .bytes(2600)
                .rejected(Reason.DECRYPTION_FAILED, 4)
                .gapsOfSeconds(10, 10, 10)
                .build());

    assertThat(diagnosis.readingsDecoded()).isFalse();
    assertThat(diagnosis.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "PROBLEM: 4 frames are encrypted and no key was given. Get the encryption key (GUEK;"
                + " Kamstrup calls it GPK60) from your grid company (DSO) and give it with --key"
                + " (and --auth-key, GAK or GPK61, when they give one too).",
            "OK: checksum failures: none in 4 frames.",
            "OK: frame interval: one frame every 10.0 s.");
  }

  @Test
  void aKeyThatDoesNotOpenTheFramesIsToBeCheckedWithTheGridCompany() {
    Observations seen =
        new Observations(
            InputUri.parse("tcp://bridge:2000").endpoint(),
            Adapter.P1,
            true,
            Optional.empty(),
            List.of(stream().bytes(650).rejected(Reason.DECRYPTION_FAILED, 1).build()));

    assertThat(Diagnostician.diagnose(seen).findings().get(0).text())
        .startsWith(
            "1 frames are encrypted and the key given does not open them: check it with"
                + " your grid company (DSO), digit by digit.");
  }

  @Test
  void manyChecksumFailuresBlameTheLineAFewAreANote() {
    Trial noisy =
        at(0)
            .bytes(14000)
            .readings(16, "dsmr", "LGF5E360")
            .rejected(Reason.BAD_CHECKSUM, 4)
            .gapsOfSeconds(10)
            .build();
    Trial fine =
        at(0)
            .bytes(14000)
            .readings(39, "dsmr", "LGF5E360")
            .rejected(Reason.BAD_CHECKSUM, 1)
            .gapsOfSeconds(10)
            .build();

    assertThat(diagnose(DETECTING, Optional.empty(), noisy).findings().get(1).toString())
        .isEqualTo(
            "PROBLEM: checksum failures: 4 of 20 frames (20 %). That many point at the line:"
                + " a long or unshielded cable, a weak pull-up on the data line, or a loose plug."
                + " Shorten or replace the cable.");
    assertThat(diagnose(DETECTING, Optional.empty(), fine).findings().get(1).toString())
        .isEqualTo(
            "NOTE: checksum failures: 1 of 40 frames (3 %). An occasional failure is normal"
                + " on a long cable.");
  }

  @Test
  void theIntervalIsTheMedianGapAndOneFrameAsksForLongerListening() {
    Trial dutch =
        stream()
            .bytes(9000)
            .readings(9, "dsmr", "ISk5\\2MT382-1000")
            .gapsOfSeconds(1.0, 1.1, 0.9, 1.0, 7.0, 1.0, 1.0, 1.0)
            .build();
    Trial once = stream().bytes(712).readings(1, "dsmr", "ELL5\\253833635_A").build();
    Endpoint tcp = InputUri.parse("tcp://bridge:2000").endpoint();

    assertThat(last(diagnose(tcp, Optional.empty(), dutch)))
        .isEqualTo("OK: frame interval: one frame every 1.0 s.");
    assertThat(last(diagnose(tcp, Optional.empty(), once)))
        .isEqualTo(
            "NOTE: frame interval: only one frame in 15 s; listen longer (--seconds) to"
                + " measure it.");
  }

  @Test
  void aCaptureFileHasNoIntervalToMeasure() {
    Endpoint file = InputUri.parse("file:capture.txt").endpoint();

    Diagnosis diagnosis =
        diagnose(
            file,
            Optional.empty(),
            stream().bytes(712).readings(1, "dsmr", "ELL5\\253833635_A").build());

    assertThat(diagnosis.readingsDecoded()).isTrue();
    assertThat(last(diagnosis)).isEqualTo("NOTE: frame interval: a file holds no timing.");
  }

  private static Diagnosis diagnose(
      Endpoint endpoint, Optional<String> openFailure, Trial... trials) {
    return Diagnostician.diagnose(
        new Observations(endpoint, Adapter.P1, false, openFailure, List.of(trials)));
  }

  private static String last(Diagnosis diagnosis) {
    return diagnosis.findings().get(diagnosis.findings().size() - 1).toString();
  }
}
