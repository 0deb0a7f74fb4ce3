package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Real captures that show a framing quirk or must be rejected (MANIFEST "known-bad" list). */
class P1CaptureFramingTest {

  @Test
  void swedishReferenceTelegramIsOneVerifiedFrameHoldingEveryByte() {
    byte[] capture = Captures.bytes("p1_se_ell5_hanporten_7945");
    Recorder recorder = Recorder.frameWhole(capture);

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames).singleElement().satisfies(frame -> {
      assertThat(frame.checksumVerified()).isTrue();
      assertThat(frame.raw()).isEqualTo(capture);
    });
  }

  /** Warmtelink heat interface prints "!B9F" for CRC 0B9F (manifest entry 6). */
  @Test
  void unpaddedCrcIsAccepted_warmtelink() {
    Recorder recorder = Recorder.frameWhole(Captures.bytes("p1_dsmr_parser_unpadded_crc"));

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isTrue());
  }

  /** Kamstrup streams start with an extra CR LF before "/KAM5" (manifest entry 21). */
  @Test
  void kamstrupLeadingCrLfIsSkipped() {
    Recorder recorder = Recorder.frameWhole(Captures.bytes("p1_no_kam5_amshan"));

    assertThat(recorder.rejections)
        .containsExactly(new Rejection(Reason.GARBAGE, 0, 2, "2 bytes outside any telegram"));
    assertThat(recorder.frames).singleElement().satisfies(frame -> {
      assertThat(frame.streamOffset()).isEqualTo(2);
      assertThat(frame.checksumVerified()).isTrue();
    });
  }

  /** CR LF sits under the CRC: a CRLF-to-LF conversion must fail the check (PROTOCOLS §1.5). */
  @Test
  void crlfConvertedToLfFailsCrc() {
    String telegram = new String(Captures.bytes("p1_se_ell5_hanporten_7945"),
        StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    Recorder recorder = Recorder.frameWhole(telegram.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.rejections).singleElement().satisfies(rejection -> {
      assertThat(rejection.reason()).isEqualTo(Reason.BAD_CHECKSUM);
      assertThat(rejection.detail()).startsWith("expected 7945, computed ").doesNotEndWith("7945");
    });
  }

  /** DSMR 2.2 sends "!" and CR LF without a CRC (manifest entry 1). */
  @Test
  void noCrcTelegramIsAnUnverifiedFrame_dsmr22() {
    Recorder recorder = Recorder.frameWhole(Captures.bytes("p1_dsmr_parser_v2_2"));

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isFalse());
  }

  /** The COM-1 gateway appends a counter line and 0xFF padding after "!" (manifest entry 9). */
  @Test
  void easyMeterGatewayJunkAfterBangIsOneGarbageRejection() {
    byte[] capture = Captures.bytes("p1_dsmr_parser_esy5q3db1024_v304");
    Recorder recorder = Recorder.frameWhole(capture);

    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isFalse());
    int telegramLength = recorder.frames.get(0).raw().length;
    assertThat(recorder.rejections).containsExactly(new Rejection(Reason.GARBAGE,
        telegramLength, 47, "47 bytes outside any telegram"));
  }

  @Test
  void lineRemovedUnderCrcIsBadChecksum_dsmrParserV5() {
    assertOnlyRejection("p1_dsmr_parser_v5_bad_crc_line_removed", new Rejection(
        Reason.BAD_CHECKSUM, 0, 863, "expected 6EEE, computed A309"));
  }

  @Test
  void missingBangLineIsTruncated_dsmrParserV5() {
    assertOnlyRejection("p1_dsmr_parser_v5_truncated_no_terminator", new Rejection(
        Reason.TRUNCATED, 0, 883, "input ended before the telegram's '!'"));
  }

  /** Austrian cleartext dump that ends after the 4.7.0 value, without "!" (manifest entry 29). */
  @Test
  void dumpEndingBeforeBangIsTruncated_sagemcomT210() {
    assertOnlyRejection("p1_at_est5_t210_gh264", new Rejection(
        Reason.TRUNCATED, 0, 472, "input ended before the telegram's '!'"));
  }

  /** The reporter redacted the meter id, so the CRC no longer matches (manifest entry 28). */
  @Test
  void redactedTelegramIsBadChecksum_elgama() {
    assertOnlyRejection("p1_pl_egm5_gama150_gh1177", new Rejection(
        Reason.BAD_CHECKSUM, 0, 518, "expected 2503, computed 5E5D"));
  }

  /** DSMR 5.0.2 §6.13 prints EF2F, which verifies under no reconstruction (manifest entry 35). */
  @Test
  void specExampleCrcEf2fIsBadChecksum() {
    assertOnlyRejection("p1_nl_dsmr502_spec_example", new Rejection(
        Reason.BAD_CHECKSUM, 0, 1071, "expected EF2F, computed E47C"));
  }

  /** Firmware-decrypted Kaifa dump: wrong CRC, then 21 zero bytes of padding (manifest 32). */
  @Test
  void decryptedDumpWithPaddingIsBadChecksumThenGarbage_kaifaMa309() {
    Recorder recorder = Recorder.frameWhole(Captures.bytes("p1_pl_kfm5_ma309_decrypted_gh1067"));

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.rejections).containsExactly(
        new Rejection(Reason.BAD_CHECKSUM, 0, 664, "expected D770, computed B2F6"),
        new Rejection(Reason.GARBAGE, 664, 21, "21 bytes outside any telegram"));
  }

  private static void assertOnlyRejection(String capture, Rejection expected) {
    Recorder recorder = Recorder.frameWhole(Captures.bytes(capture));

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.rejections).containsExactly(expected);
  }
}
