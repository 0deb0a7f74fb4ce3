package io.hanport.codec.mbus;

import static io.hanport.codec.dlms.testing.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.dlms.testing.Captures;
import io.hanport.codec.dlms.testing.FrameRecorder;
import io.hanport.codec.dlms.testing.PartialInput;
import io.hanport.codec.wire.MbusFrame;
import io.hanport.codec.wire.Reason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** M-Bus long frames (PROTOCOLS.md §6.9), field by field and on the captures. */
class MbusFramerTest {

  /** 68 L L 68 | C A CI STSAP DTSAP | data | CS 16, with CS the sum of C … data. */
  private static final byte[] SINGLE_SEGMENT =
      bytes(
          "68 08 08 68" // start, L = 8 twice, start
              + "53 FF" // C = SND_UD, A = broadcast
              + "10" //    CI: final segment (bit 4), sequence 0
              + "01 67" // STSAP, DTSAP
              + "DB 08 4B" // 3 bytes of DLMS data
              + "F8" //    CS = (53+FF+10+01+67+DB+08+4B) mod 256: 0x2F8 mod 0x100
              + "16"); //  stop

  @Test
  void longFrameIsCutWithItsCiAndData() {
    FrameRecorder recorder = FrameRecorder.frame(new MbusFramer(), SINGLE_SEGMENT);

    assertThat(recorder.rejections).isEmpty();
    MbusFrame frame = (MbusFrame) recorder.frames.get(0);
    assertThat(frame.ci()).isEqualTo(0x10);
    assertThat(
            Arrays.copyOfRange(
                frame.raw(), frame.dataOffset(), frame.dataOffset() + frame.dataLength()))
        .isEqualTo(bytes("DB 08 4B"));
  }

  @Test
  void wrongChecksumIsRejectedWithBothSums() {
    byte[] corrupted = SINGLE_SEGMENT.clone();
    corrupted[11] = 0x4C; // data byte 4B becomes 4C

    FrameRecorder recorder = FrameRecorder.frame(new MbusFramer(), corrupted);

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.rejections.get(0).reason()).isEqualTo(Reason.BAD_CHECKSUM);
    assertThat(recorder.rejections.get(0).detail()).isEqualTo("checksum expected F8, computed F9");
  }

  @Test
  void missingStopByteIsMalformed() {
    byte[] corrupted = SINGLE_SEGMENT.clone();
    corrupted[corrupted.length - 1] = 0x17;

    FrameRecorder recorder = FrameRecorder.frame(new MbusFramer(), corrupted);

    assertThat(recorder.rejections.get(0).reason()).isEqualTo(Reason.MALFORMED);
  }

  @Test
  void differingLengthBytesAreNoFrameStart() {
    byte[] corrupted = SINGLE_SEGMENT.clone();
    corrupted[2] = 0x09;

    FrameRecorder recorder = FrameRecorder.frame(new MbusFramer(), corrupted);

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.reasons()).containsExactly(Reason.GARBAGE);
  }

  /** Capture mbus_at_sagemcom_t210_encrypted_gh867: two segments, CI 00 then 11. */
  @Test
  void sagemcomPushComesInTwoSegments() {
    FrameRecorder recorder =
        FrameRecorder.frame(
            new MbusFramer(),
            Captures.bytes("encrypted/mbus_at_sagemcom_t210_encrypted_gh867.hex"));

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames)
        .extracting(frame -> ((MbusFrame) frame).ci())
        .containsExactly(0x00, 0x11);
    assertThat(recorder.frames).extracting(frame -> frame.streamOffset()).containsExactly(0L, 256L);
  }

  /**
   * Capture mbus_at_kaifa_ma309_plain_gh247 is a firmware dump with L = 0 and a wrong checksum: not
   * a wire frame, so the M-Bus framer sees no frame in it (the facade finds the ciphering APDU
   * inside: DlmsCaptureRulesTest).
   */
  @Test
  void firmwareDumpWithZeroLengthIsNoFrame() {
    FrameRecorder recorder =
        FrameRecorder.frame(
            new MbusFramer(), Captures.bytes("mbus/mbus_at_kaifa_ma309_plain_gh247.hex"));

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.reasons()).containsExactly(Reason.GARBAGE);
  }

  @Test
  void frameCutShortIsTruncated() {
    FrameRecorder recorder =
        FrameRecorder.frame(new MbusFramer(), Arrays.copyOf(SINGLE_SEGMENT, 9));

    assertThat(recorder.reasons()).containsExactly(Reason.TRUNCATED);
  }

  @Test
  void partialInputMatrixOverTheCapture() {
    byte[] capture = Captures.bytes("encrypted/mbus_at_sagemcom_t210_encrypted_gh867.hex");

    PartialInput.assertSameForAnyChunking(MbusFramer::new, capture);
    PartialInput.assertFramesSurviveGarbageAndRepetition(MbusFramer::new, capture);
    PartialInput.assertEveryLaterFrameIsFoundWhenStartingMidStream(MbusFramer::new, capture);
  }
}
