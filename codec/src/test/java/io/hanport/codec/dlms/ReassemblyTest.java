package io.hanport.codec.dlms;

import static io.hanport.codec.dlms.testing.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.profile.ProfileMapper;
import io.hanport.codec.wire.ApduFrame;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.HdlcFrame;
import io.hanport.codec.wire.MbusFrame;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pushes split over several frames: HDLC segmentation (§6.2), M-Bus CI segments (§6.9) and
 * general-block-transfer (§6.8), built field by field.
 */
class ReassemblyTest {

  /** LLC + Aidon list 1: array[1] of {1-0:1.7.0, 280, {scaler 0, W}}. */
  private static final byte[] PUSH =
      bytes("E6E700 0F 40000000 00 0101 0203 0906 0100010700FF 06 00000118 0202 0F00 161B");

  private final List<Rejection> dropped = new ArrayList<>();
  private final DlmsDecoder decoder =
      new DlmsDecoder(
          DlmsKeys.none(),
          new ProfileMapper(),
          new DlmsDecoder.Listener() {
            @Override
            public void warning(String message) {}

            @Override
            public void dropped(Rejection rejection) {
              dropped.add(rejection);
            }
          });

  /** Format A8 (S = 1) on all but the last frame: their information fields are concatenated. */
  @Test
  void hdlcSegmentsAreConcatenatedUntilAFrameWithoutTheSegmentationBit() throws DecodeException {
    assertThat(decoder.decode(hdlc(true, 0, 10))).isEmpty();
    assertThat(decoder.decode(hdlc(true, 10, 20))).isEmpty();

    Telegram telegram = telegram(decoder.decode(hdlc(false, 20, PUSH.length)));

    assertThat(telegram.objects().get(0).value()).isEqualTo(CosemValue.Quantity.of("280", "W"));
  }

  @Test
  void unfinishedHdlcSegmentsAreDroppedAtTheEndOfInput() throws DecodeException {
    decoder.decode(hdlc(true, 0, 10));

    decoder.finish();

    assertThat(dropped).extracting(Rejection::reason).containsExactly(Reason.TRUNCATED);
    assertThat(dropped.get(0).detail()).contains("1 HDLC segment");
  }

  /** CI 00 (segment 0), CI 01, CI 12 (final segment 2): the data concatenate into the APDU. */
  @Test
  void mbusSegmentsFollowTheirSequenceNumbersToTheFinalOne() throws DecodeException {
    byte[] apdu = Arrays.copyOfRange(PUSH, 3, PUSH.length);

    assertThat(decoder.decode(mbus(0x00, apdu, 0, 8))).isEmpty();
    assertThat(decoder.decode(mbus(0x01, apdu, 8, 16))).isEmpty();
    Telegram telegram = telegram(decoder.decode(mbus(0x12, apdu, 16, apdu.length)));

    assertThat(telegram.objects()).hasSize(1);
  }

  @Test
  void mbusSegmentOutOfSequenceIsRejected() throws DecodeException {
    byte[] apdu = Arrays.copyOfRange(PUSH, 3, PUSH.length);
    decoder.decode(mbus(0x00, apdu, 0, 8));

    assertThatThrownBy(() -> decoder.decode(mbus(0x12, apdu, 16, apdu.length)))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.OUT_OF_SEQUENCE);
              assertThat(e.detail()).isEqualTo("M-Bus segment 2 where 1 was expected");
            });
  }

  /** Blocks 1, 2, 3 (last): E0 | control | block number | acknowledged | length | data. */
  @Test
  void blocksAreJoinedUntilTheLastBlock() throws DecodeException {
    assertThat(decoder.decode(block(0x40, 1, 0, 12))).isEmpty();
    assertThat(decoder.decode(block(0x40, 2, 12, 24))).isEmpty();

    Telegram telegram = telegram(decoder.decode(block(0xC0, 3, 24, PUSH.length)));

    assertThat(telegram.objects()).hasSize(1);
    assertThat(dropped).isEmpty();
  }

  /** Capture hdlc_ch_lg_e450_gbt_duplicated_block_scs repeats block 2; the push goes on. */
  @Test
  void duplicateBlockIsRejectedOutOfSequenceAndThePushStillCompletes() throws DecodeException {
    decoder.decode(block(0x40, 1, 0, 12));
    decoder.decode(block(0x40, 2, 12, 24));

    assertThatThrownBy(() -> decoder.decode(block(0x40, 2, 12, 24)))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.OUT_OF_SEQUENCE);
              assertThat(e.detail())
                  .isEqualTo("general-block-transfer block 2 repeated where 3 was expected");
            });
    assertThat(telegram(decoder.decode(block(0xC0, 3, 24, PUSH.length))).objects()).hasSize(1);
  }

  /** Capture hdlc_ch_lg_e450_gbt_plain_scs: block 1 again drops the unfinished push. */
  @Test
  void blockOneRestartsTheTransferAndTheUnfinishedPushIsDropped() throws DecodeException {
    decoder.decode(block(0x40, 1, 0, 12));
    decoder.decode(block(0x40, 2, 12, 24));

    decoder.decode(block(0x40, 1, 0, 12));

    assertThat(dropped).extracting(Rejection::reason).containsExactly(Reason.TRUNCATED);
    assertThat(dropped.get(0).detail())
        .isEqualTo("incomplete push dropped after 2 blocks: block 1 began again");
    decoder.decode(block(0x40, 2, 12, 24));
    assertThat(telegram(decoder.decode(block(0xC0, 3, 24, PUSH.length))).objects()).hasSize(1);
  }

  @Test
  void blockWithoutBlockOneIsOutOfSequence() {
    assertThatThrownBy(() -> decoder.decode(block(0x40, 2, 12, 24)))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OUT_OF_SEQUENCE));
  }

  private static HdlcFrame hdlc(boolean segmented, int from, int to) {
    // flag, format, dest, src, control, HCS, information, FCS, flag: checksums are the framer's
    // business; the decoder reads only the information field.
    byte[] raw = new byte[9 + (to - from) + 3];
    System.arraycopy(PUSH, from, raw, 9, to - from);
    return new HdlcFrame(from, raw, segmented, 0x03, 9, to - from);
  }

  private static MbusFrame mbus(int ci, byte[] apdu, int from, int to) {
    byte[] raw = new byte[9 + (to - from) + 2];
    System.arraycopy(apdu, from, raw, 9, to - from);
    return new MbusFrame(from, raw, ci, 9, to - from);
  }

  private static Frame block(int control, int number, int from, int to) {
    byte[] apdu = Arrays.copyOfRange(PUSH, 3, PUSH.length);
    int start = Math.max(0, from - 3);
    int end = to - 3;
    byte[] data = Arrays.copyOfRange(apdu, start, end);
    byte[] block = new byte[7 + data.length];
    block[0] = (byte) 0xE0;
    block[1] = (byte) control;
    block[2] = (byte) (number >> 8);
    block[3] = (byte) number;
    block[6] = (byte) data.length;
    System.arraycopy(data, 0, block, 7, data.length);
    return new ApduFrame(from, block);
  }

  private static Telegram telegram(Optional<DlmsResult> result) {
    return ((DlmsResult.Cosem) result.get()).telegram();
  }
}
