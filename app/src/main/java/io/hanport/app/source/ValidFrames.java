package io.hanport.app.source;

import io.hanport.codec.wire.Reason;

/**
 * Which decoder outcomes prove that a real frame arrived: a reading, or a rejection that only a
 * frame whose checksum passed can earn. Wrong line settings produce garbage, bad checksums and
 * truncated frames, never these.
 */
public final class ValidFrames {

  private ValidFrames() {}

  /** True for reasons given only after the frame's checksum matched (see {@link Reason}). */
  public static boolean passedChecksum(Reason reason) {
    switch (reason) {
      case MALFORMED:
      case UNSUPPORTED:
      case DECRYPTION_FAILED:
      case OUT_OF_SEQUENCE:
        return true;
      default:
        return false;
    }
  }
}
