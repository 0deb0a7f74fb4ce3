package io.hanport.codec.dlms;

import static io.hanport.codec.dlms.testing.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.dlms.testing.Captures;
import io.hanport.codec.dlms.testing.FrameRecorder;
import io.hanport.codec.dlms.testing.PartialInput;
import io.hanport.codec.wire.ApduFrame;
import io.hanport.codec.wire.CipheredFrame;
import io.hanport.codec.wire.Reason;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** APDUs without a link layer, framed by their own length (PROTOCOLS.md §7.1). */
class ApduFramerTest {

  static List<String> bareApduCaptures() {
    return Stream.concat(Captures.folder("apdu").stream(), Captures.folder("encrypted").stream())
        .filter(
            name ->
                !name.contains("/hdlc_") && !name.contains("/mbus_") && !name.contains("greenbook"))
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @MethodSource("bareApduCaptures")
  void everyBareApduCaptureIsOneFrame(String capture) {
    byte[] input = Captures.bytes(capture);

    FrameRecorder recorder = FrameRecorder.frame(new ApduFramer(), input);

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames).hasSize(1);
    assertThat(recorder.frames.get(0).raw()).isEqualTo(input);
  }

  @ParameterizedTest
  @MethodSource("bareApduCaptures")
  void partialInputMatrix(String capture) {
    byte[] input = Captures.bytes(capture);

    PartialInput.assertSameForAnyChunking(ApduFramer::new, input);
    PartialInput.assertFramesSurviveGarbageAndRepetition(ApduFramer::new, input);
  }

  /** Smarty: DB 08 "SAGgp" 01BD54 82 027A: 634 bytes follow the two length bytes. */
  @Test
  void nakedCipheredApduIsFramedByItsAxdrLength() {
    byte[] smarty = Captures.bytes("encrypted/enc_lu_smarty_nexxtlab.hex");
    assertThat(smarty).hasSize(1 + 1 + 8 + 3 + 0x027A);

    FrameRecorder recorder =
        FrameRecorder.frame(new ApduFramer(), PartialInput.concat(smarty, bytes("0D0A")));

    assertThat(recorder.frames.get(0)).isInstanceOf(CipheredFrame.class);
    assertThat(recorder.frames.get(0).raw()).isEqualTo(smarty);
    assertThat(recorder.reasons()).containsExactly(Reason.GARBAGE);
  }

  /** E6 E7 00 0F …: an LLC header and a data-notification, ended by an A-XDR walk. */
  @Test
  void llcAndNotificationAreFramedByWalkingTheBody() {
    byte[] list1 =
        bytes(
            "E6E700" //       LLC: destination E6, source E7, quality 00
                + "0F" //     data-notification
                + "40000000" // long-invoke-id-and-priority
                + "00" //     no date-time
                + "0101" //   array of 1
                + "0203 0906 0100010700FF 06 00000118 0202 0F00 161B"); // {OBIS, 280, {0, W}}

    FrameRecorder recorder =
        FrameRecorder.frame(new ApduFramer(), PartialInput.concat(list1, list1));

    assertThat(recorder.frames).hasSize(2);
    assertThat(recorder.frames.get(0)).isInstanceOf(ApduFrame.class);
    assertThat(recorder.frames.get(1).streamOffset()).isEqualTo(list1.length);
  }

  /** A notification whose body is not a non-empty list is more likely noise than a push. */
  @Test
  void notificationWithoutAListBodyIsNoFrame() {
    FrameRecorder recorder =
        FrameRecorder.frame(new ApduFramer(), bytes("0F 00000000 00 0100 06000000FF"));

    assertThat(recorder.frames).isEmpty();
  }

  @Test
  void cipheredApduCutShortIsTruncated() {
    byte[] smarty = Captures.bytes("encrypted/enc_lu_smarty_nexxtlab.hex");

    FrameRecorder recorder =
        FrameRecorder.frame(new ApduFramer(), java.util.Arrays.copyOf(smarty, 300));

    assertThat(recorder.reasons()).containsExactly(Reason.TRUNCATED);
  }
}
