package io.hanport.codec.wire;

/**
 * A frame or run of bytes that did not become a reading, and why.
 *
 * @param reason the category, counted per reason
 * @param streamOffset the offset in the input stream of the first rejected byte
 * @param length how many bytes were rejected
 * @param detail one line for a person, e.g. {@code expected 7945, computed 79A5}
 */
public record Rejection(Reason reason, long streamOffset, int length, String detail) {

  /** The form {@code hanport decode} prints: {@code BAD_CHECKSUM at byte 1423: expected …}. */
  @Override
  public String toString() {
    return reason + " at byte " + streamOffset + (detail.isEmpty() ? "" : ": " + detail);
  }
}
