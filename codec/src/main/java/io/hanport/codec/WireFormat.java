package io.hanport.codec;

import io.hanport.codec.p1.P1Framer;
import io.hanport.codec.wire.Framer;
import java.util.function.Supplier;

/**
 * The wire formats hanport detects, each by the bytes a frame of it starts with (PROTOCOLS.md
 * §7.1). Signatures are long enough that garbage rarely imitates them; a false start costs only
 * the framer's own rejection, after which hunting goes on.
 */
enum WireFormat {
  /** {@code /} and the three-letter manufacturer FLAG id ({@code /ELL5}, {@code /NWA-WARMTELINK}). */
  P1(4, P1Framer::new) {
    @Override
    boolean startsAt(byte[] data, int at) {
      return data[at] == '/' && isLetter(data[at + 1]) && isLetter(data[at + 2]) && isLetter(data[at + 3]);
    }
  };

  private final int signatureLength;
  private final Supplier<Framer> framerFactory;

  WireFormat(int signatureLength, Supplier<Framer> framerFactory) {
    this.signatureLength = signatureLength;
    this.framerFactory = framerFactory;
  }

  /** How many bytes {@link #startsAt} looks at. */
  int signatureLength() {
    return signatureLength;
  }

  Framer newFramer() {
    return framerFactory.get();
  }

  /** Whether a frame of this format starts at {@code data[at]}; {@link #signatureLength} bytes exist. */
  abstract boolean startsAt(byte[] data, int at);

  static int longestSignature() {
    int longest = 0;
    for (WireFormat format : values()) {
      longest = Math.max(longest, format.signatureLength);
    }
    return longest;
  }

  private static boolean isLetter(byte b) {
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
  }
}
