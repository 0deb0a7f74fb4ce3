package io.hanport.codec.hdlc;

import static io.hanport.codec.dlms.testing.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.dlms.testing.Captures;
import io.hanport.codec.dlms.testing.FrameRecorder;
import io.hanport.codec.wire.HdlcFrame;
import io.hanport.codec.wire.Reason;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The framing rules of PROTOCOLS.md §6.2, one per test, on frames built field by field. */
class HdlcFramerTest {

  private static final byte[] INFORMATION =
      bytes("E6E700 0F40000000 00 0101 020309060100010700FF06000006 7D 02020F00161B");

  @Test
  void frameIsCutByItsLengthFieldAndItsFieldsAreReported() {
    byte[] frame =
        bytes(
            "7E"
                + "A0 2A" //       format type 3, S = 0, 42 bytes between the flags
                + "41" //          destination address, 1 byte (low bit 1 ends it)
                + "08 83" //       source address, 2 bytes
                + "13" //          control: UI frame, P/F set
                + "04 13" //       HCS over the 6 bytes above, low byte first
                + "E6 E7 00" //    information: LLC header,
                + "0F 40000000 00" // data-notification, invoke id, no date-time,
                + "0101 0203 0906 0100010700FF 06 0000067D 0202 0F00 161B" // Aidon list 1
                + "1C 05" //       FCS over everything since the flag
                + "7E"); //        capture hdlc_amshan_escape_char_in_info

    FrameRecorder recorder = FrameRecorder.frame(new HdlcFramer(), frame);

    assertThat(recorder.rejections).isEmpty();
    HdlcFrame cut = (HdlcFrame) recorder.frames.get(0);
    assertThat(cut.raw()).isEqualTo(frame);
    assertThat(cut.segmented()).isFalse();
    assertThat(cut.control()).isEqualTo(0x13);
    assertThat(cut.informationOffset()).isEqualTo(9);
    assertThat(cut.informationLength()).isEqualTo(32);
  }

  /** Meters do not byte-stuff (capture hdlc_amshan_flag_char_in_info holds a raw 7E). */
  @Test
  void flagAndEscapeBytesInsideTheInformationFieldDoNotEndTheFrame() {
    byte[] information =
        bytes("E6E700 0F40000000 00 0101 0203 0906 0100010700FF 06 00007E7D 02020F00161B");
    byte[] frame = HdlcFrames.aidonStyle(information);

    FrameRecorder recorder = FrameRecorder.frame(new HdlcFramer(), frame);

    assertThat(recorder.frames).hasSize(1);
    assertThat(recorder.frames.get(0).raw()).isEqualTo(frame);
    assertThat(
            FrameRecorder.frame(
                    new HdlcFramer(), Captures.bytes("hdlc/hdlc_amshan_flag_char_in_info.hex"))
                .frames)
        .hasSize(1);
  }

  /** Without an information field there is no HCS: 7E A0 08 01 02 01 10 FCS FCS 7E. */
  @Test
  void frameWithoutInformationFieldHasNoHcs() {
    byte[] frame = HdlcFrames.frame(false, bytes("01"), bytes("0201"), 0x10, new byte[0]);
    assertThat(frame).hasSize(10);

    FrameRecorder recorder = FrameRecorder.frame(new HdlcFramer(), frame);

    HdlcFrame cut = (HdlcFrame) recorder.frames.get(0);
    assertThat(cut.informationLength()).isZero();
    assertThat(recorder.rejections).isEmpty();
    assertThat(
            FrameRecorder.frame(new HdlcFramer(), Captures.bytes("hdlc/hdlc_amshan_empty_info.hex"))
                .frames)
        .hasSize(1);
  }

  /** Addresses are 1 to 4 bytes; the byte with the low bit set ends one. */
  @Test
  void multiByteAddressesOfUpToFourBytesAreRead() {
    byte[] frame = HdlcFrames.frame(false, bytes("02 04 06 09"), bytes("CE FF"), 0x13, INFORMATION);

    HdlcFrame cut = (HdlcFrame) FrameRecorder.frame(new HdlcFramer(), frame).frames.get(0);

    // flag, 2 format, 4 + 2 address bytes, control, 2 HCS
    assertThat(cut.informationOffset()).isEqualTo(1 + 2 + 6 + 1 + 2);
    assertThat(Arrays.copyOfRange(cut.raw(), 12, 12 + INFORMATION.length)).isEqualTo(INFORMATION);
  }

  @Test
  void fiveByteAddressIsNoFrameStart() {
    byte[] frame =
        HdlcFrames.frame(false, bytes("02 04 06 08 0A 0B"), bytes("03"), 0x13, INFORMATION);

    FrameRecorder recorder = FrameRecorder.frame(new HdlcFramer(), frame);

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.reasons()).containsOnly(Reason.GARBAGE);
  }

  /** Kaifa sends control 10 (an I-frame), Iskra 03 on segments: any control byte is fine. */
  @Test
  void anyControlByteIsAccepted() {
    for (int control : new int[] {0x10, 0x03, 0x13, 0xFE}) {
      byte[] frame = HdlcFrames.frame(false, bytes("01"), bytes("0201"), control, INFORMATION);

      HdlcFrame cut = (HdlcFrame) FrameRecorder.frame(new HdlcFramer(), frame).frames.get(0);

      assertThat(cut.control()).isEqualTo(control);
    }
  }

  /** Format A8: the segmentation bit says the information continues in the next frame. */
  @Test
  void segmentationBitIsReportedOnTheFrame() {
    byte[] frame = HdlcFrames.frame(true, bytes("CF"), bytes("0223"), 0x03, INFORMATION);
    assertThat(frame[1] & 0xF8).isEqualTo(0xA8);

    HdlcFrame cut = (HdlcFrame) FrameRecorder.frame(new HdlcFramer(), frame).frames.get(0);

    assertThat(cut.segmented()).isTrue();
  }

  /** HANReader's test: a frame with a bad HCS, then a good one: the good one is still found. */
  @Test
  void badHcsIsRejectedAndTheNextFrameIsFound() {
    byte[] good = HdlcFrames.aidonStyle(INFORMATION);
    byte[] bad = good.clone();
    bad[7] ^= 0x01; // the HCS's low byte

    FrameRecorder recorder = FrameRecorder.frame(new HdlcFramer(), concat(bad, good));

    assertThat(recorder.rejections.get(0).reason()).isEqualTo(Reason.BAD_CHECKSUM);
    assertThat(recorder.rejections.get(0).detail()).startsWith("HCS expected ");
    assertThat(recorder.frames).hasSize(1);
    assertThat(recorder.frames.get(0).streamOffset()).isEqualTo(bad.length);
  }

  @Test
  void badFcsIsRejectedWithBothChecksums() {
    byte[] frame = HdlcFrames.aidonStyle(INFORMATION);
    frame[20] ^= 0x40; // a byte of the information field

    FrameRecorder recorder = FrameRecorder.frame(new HdlcFramer(), frame);

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.rejections).hasSize(1);
    assertThat(recorder.rejections.get(0).reason()).isEqualTo(Reason.BAD_CHECKSUM);
    assertThat(recorder.rejections.get(0).detail())
        .matches("FCS expected [0-9A-F]{4}, computed [0-9A-F]{4}");
    assertThat(recorder.rejections.get(0).length()).isEqualTo(frame.length);
  }

  /** {@code … FCS 7E A0 …}: one flag closes a frame and opens the next; two flags work too. */
  @Test
  void backToBackFramesMayShareTheirFlag() {
    byte[] frame = HdlcFrames.aidonStyle(INFORMATION);
    byte[] shared = concat(frame, Arrays.copyOfRange(frame, 1, frame.length));
    byte[] doubled = concat(frame, frame);

    assertThat(FrameRecorder.frame(new HdlcFramer(), shared).frames).hasSize(2);
    assertThat(FrameRecorder.frame(new HdlcFramer(), doubled).frames).hasSize(2);
    assertThat(FrameRecorder.frame(new HdlcFramer(), doubled).rejections).isEmpty();
  }

  /** HDLC abort {@code 7D 7E} in place of the closing flag (capture hdlc_amshan_abort_sequence). */
  @Test
  void frameNotClosedByAFlagIsRejectedAsAborted() {
    FrameRecorder recorder =
        FrameRecorder.frame(
            new HdlcFramer(), Captures.bytes("hdlc/hdlc_amshan_abort_sequence.hex"));

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.rejections.get(0).reason()).isEqualTo(Reason.MALFORMED);
    assertThat(recorder.rejections.get(0).detail()).contains("7D").contains("aborted");
  }

  @Test
  void garbageRunBeforeAFrameIsReportedOnceWithItsExtent() {
    byte[] frame = HdlcFrames.aidonStyle(INFORMATION);

    FrameRecorder recorder =
        FrameRecorder.frame(new HdlcFramer(), concat(bytes("AABBCC7E13"), frame));

    assertThat(recorder.rejections).hasSize(1);
    assertThat(recorder.rejections.get(0).reason()).isEqualTo(Reason.GARBAGE);
    assertThat(recorder.rejections.get(0).streamOffset()).isZero();
    assertThat(recorder.rejections.get(0).length()).isEqualTo(5);
    assertThat(recorder.frames.get(0).streamOffset()).isEqualTo(5);
  }

  @Test
  void frameCutShortByTheEndOfInputIsTruncated() {
    byte[] frame = HdlcFrames.aidonStyle(INFORMATION);

    FrameRecorder recorder = FrameRecorder.frame(new HdlcFramer(), Arrays.copyOf(frame, 30));

    assertThat(recorder.reasons()).containsExactly(Reason.TRUNCATED);
    assertThat(recorder.rejections.get(0).detail())
        .isEqualTo("frame of " + frame.length + " bytes cut after 30");
  }

  @Test
  void frameLongerThanTheLimitIsSkippedUnreadAndTheNextOneFound() {
    byte[] big = HdlcFrames.aidonStyle(new byte[300]);
    byte[] small = HdlcFrames.aidonStyle(INFORMATION);

    FrameRecorder recorder = FrameRecorder.frame(new HdlcFramer(100), concat(big, small));

    assertThat(recorder.reasons()).containsExactly(Reason.OVERSIZED);
    assertThat(recorder.frames).hasSize(1);
    assertThat(recorder.frames.get(0).streamOffset()).isEqualTo(big.length);
  }

  /**
   * A closing flag may open the next frame ({@code … 7E A0}), so until the byte after it arrives
   * the framer still holds a possible start.
   */
  @Test
  void framerIsInAFrameWhileItHoldsAPossibleStart() {
    byte[] frame = HdlcFrames.aidonStyle(INFORMATION);
    HdlcFramer framer = new HdlcFramer();
    FrameRecorder recorder = new FrameRecorder();

    framer.feed(frame, 0, 20, recorder);
    assertThat(framer.inFrame()).isTrue();
    framer.feed(frame, 20, frame.length - 20, recorder);
    assertThat(framer.inFrame()).isTrue();
    framer.feed(bytes("0D"), 0, 1, recorder);
    assertThat(framer.inFrame()).isFalse();
    assertThat(recorder.frames).hasSize(1);
  }

  @Test
  void finishStartsAFreshStreamAtOffsetZero() {
    byte[] frame = HdlcFrames.aidonStyle(INFORMATION);
    HdlcFramer framer = new HdlcFramer();
    FrameRecorder recorder = new FrameRecorder();

    framer.feed(frame, 0, frame.length, recorder);
    framer.finish(recorder);
    framer.feed(frame, 0, frame.length, recorder);

    assertThat(recorder.frames).extracting(f -> f.streamOffset()).containsExactly(0L, 0L);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
