package io.hanport.codec;

import io.hanport.codec.dlms.ApduFramer;
import io.hanport.codec.hdlc.HdlcFramer;
import io.hanport.codec.mbus.MbusFramer;
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
  },
  /** The HDLC flag and a frame format type 3 byte: {@code 7E A0}…{@code 7E AF} (§6.2). */
  HDLC(2, HdlcFramer::new) {
    @Override
    boolean startsAt(byte[] data, int at) {
      return data[at] == 0x7E && (data[at + 1] & 0xF0) == 0xA0;
    }
  },
  /** An M-Bus long frame {@code 68 L L 68} long enough for its link header (§6.9). */
  MBUS(4, MbusFramer::new) {
    @Override
    boolean startsAt(byte[] data, int at) {
      return data[at] == 0x68
          && data[at + 1] == data[at + 2]
          && data[at + 3] == 0x68
          && (data[at + 1] & 0xFF) >= 5;
    }
  },
  /** general-glo-ciphering naked on a P1 line: {@code DB 08} (Smarty, Austrian T210-D: §4). */
  CIPHERED(2, ApduFramer::new) {
    @Override
    boolean startsAt(byte[] data, int at) {
      return (data[at] & 0xFF) == 0xDB && data[at + 1] == 8;
    }
  },
  /**
   * A bare APDU as test suites store pushes: the LLC header {@code E6 E7 00} before a
   * data-notification or ciphered APDU, or a data-notification {@code 0F} whose date-time field
   * (absent {@code 00}, {@code 0C}, or {@code 09 0C}) is in place. No checksum guards these, so the
   * framer's A-XDR walk decides.
   */
  APDU(7, ApduFramer::new) {
    @Override
    boolean startsAt(byte[] data, int at) {
      if ((data[at] & 0xFF) == 0xE6) {
        return (data[at + 1] & 0xFF) == 0xE7
            && data[at + 2] == 0
            && (data[at + 3] == 0x0F || (data[at + 3] & 0xFF) == 0xDB);
      }
      int dateTime = data[at + 5];
      return data[at] == 0x0F
          && ((dateTime == 0 && (data[at + 6] == 1 || data[at + 6] == 2))
              || dateTime == 0x0C
              || (dateTime == 0x09 && data[at + 6] == 0x0C));
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
