package io.hanport.codec.dlms;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reassembles general-block-transfer (APDU 0xE0; PROTOCOLS.md §6.8), as Swiss L+G and Iskra meters
 * split their pushes:
 *
 * <pre>
 *  E0 | block-control | block number (2) | acknowledged block (2) | A-XDR length | block data
 *  block-control: bit 7 last block, bit 6 streaming, bits 0-5 window
 * </pre>
 *
 * The data of blocks 1, 2, … up to the one flagged last form one APDU (0F or DB). Block number 1
 * always starts a new push, dropping an unfinished one (capture hdlc_ch_lg_e450_gbt_plain_scs
 * starts with blocks 1-2 of a push whose end is missing); any other number than the next expected
 * one is rejected {@link Reason#OUT_OF_SEQUENCE} and the push waits for the right block
 * (hdlc_ch_lg_e450_gbt_duplicated_block_scs repeats block 2).
 */
final class BlockTransfer {

  static final int TAG = 0xE0;
  private static final int LAST_BLOCK = 0x80;

  private final Reassembly push = new Reassembly("block");
  private int expectedBlock;

  /**
   * Takes the block filling {@code apdu[offset, limit)}; returns the whole APDU when this block was
   * the last. An unfinished push that block 1 replaces is reported to {@code dropped}.
   */
  Optional<byte[]> accept(
      byte[] apdu, int offset, int limit, long streamOffset, Consumer<Rejection> dropped)
      throws DecodeException {
    AxdrReader reader = new AxdrReader(apdu, offset, limit);
    reader.readByte();
    int control = reader.readByte();
    int block = (int) reader.readUnsigned(2);
    reader.readUnsigned(2);
    int length = reader.readLength();
    if (length != reader.remaining()) {
      throw new DecodeException(
          Reason.MALFORMED,
          "block " + block + " claims " + length + " bytes, " + reader.remaining() + " follow");
    }
    if (block == 1) {
      if (push.isPending()) {
        dropped.accept(push.drop("block 1 began again"));
      }
      push.start(streamOffset);
      expectedBlock = 1;
    } else if (!push.isPending()) {
      throw outOfSequence("block " + block + " without block 1");
    } else if (block != expectedBlock) {
      String what = block < expectedBlock ? "repeated" : "arrived";
      throw outOfSequence(
          "block " + block + " " + what + " where " + expectedBlock + " was expected");
    }
    push.append(apdu, reader.position(), length);
    expectedBlock++;
    return (control & LAST_BLOCK) != 0 ? Optional.of(push.take()) : Optional.empty();
  }

  /** The input ended: an unfinished push is dropped. */
  void finish(Consumer<Rejection> dropped) {
    if (push.isPending()) {
      dropped.accept(push.drop("input ended before the last block"));
    }
  }

  private static DecodeException outOfSequence(String detail) {
    return new DecodeException(Reason.OUT_OF_SEQUENCE, "general-block-transfer " + detail);
  }
}
