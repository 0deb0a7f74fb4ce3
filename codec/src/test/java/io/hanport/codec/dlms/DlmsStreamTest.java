package io.hanport.codec.dlms;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.dlms.testing.Captures;
import io.hanport.codec.dlms.testing.Hex;
import io.hanport.codec.dlms.testing.Outcomes;
import io.hanport.codec.dlms.testing.PartialInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Streams as a port delivers them: bad frames between good ones, and formats one after another. */
class DlmsStreamTest {

  private static final byte[] AIDON = Captures.bytes("hdlc/hdlc_se_aidon_scaler_gh156.hex");

  /** Each known-bad capture between two good frames: rejected for its reason, the others decode. */
  @ParameterizedTest
  @CsvSource({
    "hdlc/hdlc_no_kamstrup_bad_fcs_gh175.hex, BAD_CHECKSUM",
    "hdlc/hdlc_ch_kamstrup_gh196_checksum_err.hex, BAD_CHECKSUM",
    "hdlc/hdlc_se_aidon_header_only_em004.hex, BAD_CHECKSUM",
    "hdlc/hdlc_se_aidon_truncated_gh146.hex, BAD_CHECKSUM",
    "hdlc/hdlc_amshan_byte_stuffed.hex, BAD_CHECKSUM",
    "hdlc/hdlc_amshan_abort_sequence.hex, MALFORMED",
    "hdlc/hdlc_se_kamstrup_wrong_parity_gh355.hex, GARBAGE",
    "hdlc/hdlc_amshan_short_info.hex, MALFORMED",
    "encrypted/hdlc_dk_kamstrup_encrypted_nokey_gh73.hex, DECRYPTION_FAILED",
  })
  void knownBadCaptureIsRejectedAndTheGoodFramesAroundItDecode(String bad, String reason) {
    byte[] stream = PartialInput.concat(AIDON, Captures.bytes(bad), AIDON);

    List<String> outcomes = Outcomes.decode(DecoderOptions.defaults(), stream, 64);

    assertThat(outcomes.stream().filter(line -> line.startsWith("reading ")))
        .as(String.join("\n", outcomes))
        .hasSize(2);
    assertThat(outcomes)
        .anyMatch(line -> line.startsWith("rejected: " + reason + " at byte " + AIDON.length));
  }

  /** A truncated frame at the very end of the input is reported as such. */
  @Test
  void frameCutByTheEndOfInputIsTruncated() {
    byte[] stream =
        PartialInput.concat(AIDON, Captures.bytes("hdlc/hdlc_se_aidon_truncated_gh146.hex"));

    List<String> outcomes = Outcomes.decode(DecoderOptions.defaults(), stream, 100);

    assertThat(outcomes.get(1))
        .isEqualTo("rejected: TRUNCATED at byte 581: frame of 581 bytes cut after 512");
  }

  /** P1, then HDLC, then M-Bus, on one line: each format's frames decode (PROTOCOLS.md §7.1). */
  @Test
  void mixedStreamOfP1HdlcAndMbusDecodesEveryFrame() {
    byte[] p1 = resource("/captures/p1/p1_se_ell5_hanporten_7945.txt");
    byte[] mbus = mbusFrame(Captures.bytes("apdu/apdu_at_sagemcom_t210_decrypted_gh867.hex"));
    byte[] stream = PartialInput.concat(p1, AIDON, mbus, p1);

    for (int chunk : new int[] {stream.length, 1, 17}) {
      List<String> outcomes = Outcomes.decode(DecoderOptions.defaults(), stream, chunk);
      List<String> protocols =
          outcomes.stream()
              .filter(line -> line.startsWith("reading "))
              .map(line -> line.substring(21, 25))
              .collect(Collectors.toList());

      assertThat(protocols)
          .as("chunks of %d", chunk)
          .containsExactly("dsmr", "dlms", "dlms", "dsmr");
    }
  }

  /** {@code … FCS 7E A0 …}: one flag between two frames, split across chunks at every byte. */
  @Test
  void framesSharingAFlagDecodeThroughTheFacadeForAnySplit() {
    byte[] stream = PartialInput.concat(AIDON, Arrays.copyOfRange(AIDON, 1, AIDON.length));
    List<String> whole = Outcomes.decode(DecoderOptions.defaults(), stream, stream.length);

    assertThat(whole.stream().filter(line -> line.startsWith("reading "))).hasSize(2);
    for (int chunk = 575; chunk < 586; chunk++) {
      assertThat(Outcomes.decode(DecoderOptions.defaults(), stream, chunk)).isEqualTo(whole);
    }
  }

  /** One M-Bus long frame, final segment 0 (CI 10), around an APDU of at most 250 bytes. */
  private static byte[] mbusFrame(byte[] apdu) {
    int length = 5 + apdu.length;
    byte[] frame = new byte[length + 6];
    byte[] header = Hex.bytes("68 00 00 68 53 FF 10 01 67");
    System.arraycopy(header, 0, frame, 0, header.length);
    frame[1] = (byte) length;
    frame[2] = (byte) length;
    System.arraycopy(apdu, 0, frame, 9, apdu.length);
    int sum = 0;
    for (int i = 4; i < 4 + length; i++) {
      sum += frame[i] & 0xFF;
    }
    frame[4 + length] = (byte) sum;
    frame[5 + length] = 0x16;
    return frame;
  }

  private static byte[] resource(String name) {
    try (InputStream in = DlmsStreamTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
