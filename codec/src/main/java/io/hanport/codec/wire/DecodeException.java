package io.hanport.codec.wire;

/**
 * A complete frame whose content could not be decoded. Thrown by decoders, caught once per frame
 * by whoever feeds them. Stackless: bad meter input is an expected outcome, not a bug, and a stack
 * trace per bad frame would cost more than decoding.
 */
public final class DecodeException extends Exception {

  private final Reason reason;

  public DecodeException(Reason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public String detail() {
    return getMessage();
  }
}
