package io.hanport.codec.dlms;

import io.hanport.codec.hdlc.HuntingFramer;
import io.hanport.codec.wire.ApduFrame;
import io.hanport.codec.wire.CipheredFrame;
import io.hanport.codec.wire.Frame;
import java.util.Arrays;

/**
 * Cuts DLMS APDUs that travel without a link layer (PROTOCOLS.md §7.1):
 *
 * <ul>
 *   <li>a general-glo-ciphering APDU {@code DB 08 <system title> <length> …} sent naked on a P1
 *       line (Luxembourg Smarty, Austrian T210-D) becomes a {@link CipheredFrame};
 *   <li>a data-notification {@code 0F …}, or any of these behind the LLC header {@code E6 E7 00},
 *       as test suites store pushes (amshan), becomes an {@link ApduFrame}.
 * </ul>
 *
 * <p>Nothing here carries a checksum, so the length comes from the APDU itself: the A-XDR length of
 * the ciphered APDU, or a walk over the notification's A-XDR. To keep noise from passing for a
 * frame, a notification body must be a non-empty array or structure (every push list is) and a
 * security control byte must ask for encryption or authentication with a known suite.
 */
public final class ApduFramer extends HuntingFramer {

  /** Smarty's ciphered telegrams are ~650 bytes, Kamstrup's longest lists ~1010 (KAM-NO §2.5). */
  public static final int MAX_APDU_BYTES = 8 * 1024;

  private static final int LLC_DESTINATION = 0xE6;
  private static final int LLC_SOURCE = 0xE7;
  private static final int LLC_LENGTH = 3;

  /** DB, 08, 8 bytes of system title before the length. */
  private static final int CIPHERED_PREFIX = 10;

  private static final int SECURITY_FLAGS = 0x30;
  private static final int HIGHEST_SUITE = 2;

  public ApduFramer() {
    super(MAX_APDU_BYTES);
  }

  @Override
  protected boolean mayStart(byte first) {
    int b = first & 0xFF;
    return b == LLC_DESTINATION || b == CipheredApdu.TAG || b == DataNotification.TAG;
  }

  @Override
  protected Verdict examine(byte[] buf, int from, int available, boolean endOfInput, Outcome out) {
    int limit = from + available;
    boolean llc = (buf[from] & 0xFF) == LLC_DESTINATION;
    int apdu = llc ? from + LLC_LENGTH : from;
    if (apdu >= limit) {
      return endOfInput ? Verdict.NOT_A_START : Verdict.NEED_MORE;
    }
    if (llc && ((buf[from + 1] & 0xFF) != LLC_SOURCE || buf[from + 2] != 0)) {
      return Verdict.NOT_A_START;
    }
    int tag = buf[apdu] & 0xFF;
    int end;
    if (tag == CipheredApdu.TAG) {
      end = cipheredEnd(buf, apdu, limit);
    } else if (tag == DataNotification.TAG) {
      end = notificationEnd(buf, apdu, limit);
    } else {
      return Verdict.NOT_A_START;
    }
    if (end == AxdrReader.INVALID || end - from > MAX_APDU_BYTES) {
      return Verdict.NOT_A_START;
    }
    if (end == AxdrReader.NEED_MORE) {
      return Verdict.NEED_MORE;
    }
    byte[] raw = Arrays.copyOfRange(buf, from, end);
    Frame frame =
        llc || tag != CipheredApdu.TAG
            ? new ApduFrame(out.streamOffset(), raw)
            : new CipheredFrame(out.streamOffset(), raw);
    out.frame(frame, end - from);
    return Verdict.FRAME;
  }

  private static int cipheredEnd(byte[] buf, int apdu, int limit) {
    if (apdu + CIPHERED_PREFIX >= limit) {
      return apdu + 1 < limit && buf[apdu + 1] != CipheredApdu.SYSTEM_TITLE_LENGTH
          ? AxdrReader.INVALID
          : AxdrReader.NEED_MORE;
    }
    if (buf[apdu + 1] != CipheredApdu.SYSTEM_TITLE_LENGTH) {
      return AxdrReader.INVALID;
    }
    int lengthAt = apdu + CIPHERED_PREFIX;
    int first = buf[lengthAt] & 0xFF;
    int securityControlAt = lengthAt + (first < 0x80 ? 1 : 1 + (first & 0x7F));
    if (securityControlAt < limit && !isPlausibleSecurityControl(buf[securityControlAt] & 0xFF)) {
      return AxdrReader.INVALID;
    }
    return skipOctets(buf, lengthAt, limit);
  }

  /** Skips an A-XDR length and that many bytes. */
  private static int skipOctets(byte[] buf, int lengthAt, int limit) {
    int first = buf[lengthAt] & 0xFF;
    int count = first < 0x80 ? 0 : first & 0x7F;
    if (count > 3 || (first >= 0x80 && count == 0)) {
      return AxdrReader.INVALID;
    }
    if (lengthAt + 1 + count > limit) {
      return AxdrReader.NEED_MORE;
    }
    long length = count == 0 ? first : 0;
    for (int i = 1; i <= count; i++) {
      length = length << 8 | (buf[lengthAt + i] & 0xFF);
    }
    long end = lengthAt + 1 + count + length;
    if (end - lengthAt > MAX_APDU_BYTES) {
      return AxdrReader.INVALID;
    }
    return end <= limit ? (int) end : AxdrReader.NEED_MORE;
  }

  private static int notificationEnd(byte[] buf, int apdu, int limit) {
    int end = DataNotification.end(buf, apdu, limit);
    if (end < 0) {
      return end;
    }
    int bodyAt = DataNotification.bodyOffset(buf, apdu);
    int bodyTag = buf[bodyAt] & 0xFF;
    boolean list = bodyTag == Axdr.ARRAY || bodyTag == Axdr.STRUCTURE;
    return list && buf[bodyAt + 1] != 0 ? end : AxdrReader.INVALID;
  }

  private static boolean isPlausibleSecurityControl(int securityControl) {
    return (securityControl & SECURITY_FLAGS) != 0
        && (securityControl & 0x0F) <= HIGHEST_SUITE
        && securityControl < 0x80;
  }
}
