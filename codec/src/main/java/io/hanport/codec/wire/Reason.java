package io.hanport.codec.wire;

/** Why a frame or a run of bytes was rejected. One counter per reason in a running instance. */
public enum Reason {
  /** The frame's own checksum (P1 CRC-16/ARC, HDLC HCS/FCS, M-Bus sum) did not match. */
  BAD_CHECKSUM,
  /** The input ended, or the next frame began, before this frame was complete. */
  TRUNCATED,
  /** Complete and checksum-valid, but the content breaks the format. */
  MALFORMED,
  /** Valid, but uses a feature of the format that hanport does not read. */
  UNSUPPORTED,
  /** Ciphered, and no key was given or the key did not decrypt or authenticate it. */
  DECRYPTION_FAILED,
  /** Longer than the framer's bound; dropped so memory stays bounded. */
  OVERSIZED,
  /** Bytes that belong to no frame: line noise, a wrong baud rate, padding. */
  GARBAGE,
  /** A general-block-transfer block that repeats or skips the expected block number. */
  OUT_OF_SEQUENCE
}
