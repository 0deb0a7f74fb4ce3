package io.hanport.codec.p1;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Rejection;

/**
 * The invariants issue 2 asks of framer + decoder for ARBITRARY bytes: the framer never throws and
 * never holds more than its bound; a frame marked verified carries a CRC that matches; the decoder
 * throws nothing but {@link DecodeException}, and one that has read the stream's earlier telegrams
 * (and kept their {@link P1Shape}) reads each as a fresh one does. A broken invariant throws
 * {@link AssertionError}.
 */
final class P1FuzzTarget {

  /** Small, so that fuzzed inputs reach the oversize path often. */
  private static final int BOUND = 512;

  private P1FuzzTarget() {}

  /** The libFuzzer-style entry point, for running with the Jazzer CLI as well as from JUnit. */
  public static void fuzzerTestOneInput(byte[] data) {
    check(data);
  }

  static void check(byte[] data) {
    P1Framer framer = new P1Framer(BOUND);
    Checker checker = new Checker();
    int half = data.length / 2;
    framer.feed(data, 0, half, checker);
    framer.feed(data, half, data.length - half, checker);
    framer.finish(checker);
  }

  private static final class Checker implements FrameListener {
    private final P1Decoder decoder = new P1Decoder();

    @Override
    public void frame(Frame frame) {
      byte[] raw = ((P1Frame) frame).raw();
      if (raw.length > BOUND) {
        throw new AssertionError("frame of " + raw.length + " bytes exceeds the bound " + BOUND);
      }
      if (((P1Frame) frame).checksumVerified() && !crcMatches(raw)) {
        throw new AssertionError("verified frame whose CRC does not match");
      }
      String outcome = outcome(decoder, (P1Frame) frame);
      if (!outcome.equals(outcome(new P1Decoder(), (P1Frame) frame))) {
        throw new AssertionError("the decoder's last shape changed what it read: " + outcome);
      }
    }

    /** The telegram, or the rejection: malformed content is an outcome, not a failure. */
    private static String outcome(P1Decoder decoder, P1Frame frame) {
      try {
        return decoder.decode(frame).toString();
      } catch (DecodeException malformed) {
        return malformed.reason() + " " + malformed.detail();
      }
    }

    @Override
    public void rejected(Rejection rejection) {
      if (rejection.length() < 0 || rejection.length() > BOUND) {
        throw new AssertionError("rejection length out of range: " + rejection);
      }
    }
  }

  /** Recomputes the CRC from the frame's own text: the 4 hex digits after the first '!'. */
  private static boolean crcMatches(byte[] raw) {
    int bang = 0;
    while (raw[bang] != '!') {
      bang++;
    }
    int given = 0;
    int lastDigit = Math.min(raw.length - 1, bang + 4);
    for (int i = bang + 1; i <= lastDigit && Character.digit(raw[i], 16) >= 0; i++) {
      given = (given << 4) | Character.digit(raw[i], 16);
    }
    return Crc16Arc.compute(raw, 0, bang + 1) == given;
  }
}
