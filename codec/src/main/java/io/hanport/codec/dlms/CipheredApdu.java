package io.hanport.codec.dlms;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Reason;
import java.util.Arrays;
import java.util.Optional;

/**
 * The header of a general-glo-ciphering APDU (tag 0xDB, DLMS security suite 0/1; PROTOCOLS.md §6.7,
 * layout verified on capture enc_lu_smarty_nexxtlab):
 *
 * <pre>
 *  DB | 08 | system title (8) | A-XDR length | SC | invocation counter (4) | ciphertext | [tag]
 *  SC: bit 7 compression, 6 broadcast key, 5 encryption, 4 authentication, bits 0-3 suite
 * </pre>
 *
 * The length counts everything after itself; the tag is there only when SC has the authentication
 * bit.
 */
public final class CipheredApdu {

  public static final int TAG = 0xDB;
  public static final int SYSTEM_TITLE_LENGTH = 8;
  public static final int AUTHENTICATION_TAG_LENGTH = 12;

  static final int AUTHENTICATION = 0x10;
  static final int ENCRYPTION = 0x20;
  private static final int COMPRESSION = 0x80;
  private static final int SECURITY_HEADER_LENGTH = 5;

  private final byte[] apdu;
  private final int systemTitleOffset;
  private final int securityControl;
  private final int contentOffset;
  private final int end;

  private CipheredApdu(
      byte[] apdu, int systemTitleOffset, int securityControl, int contentOffset, int end) {
    this.apdu = apdu;
    this.systemTitleOffset = systemTitleOffset;
    this.securityControl = securityControl;
    this.contentOffset = contentOffset;
    this.end = end;
  }

  /** Parses the header of the APDU filling {@code apdu[offset, limit)}. */
  public static CipheredApdu parse(byte[] apdu, int offset, int limit) throws DecodeException {
    AxdrReader reader = new AxdrReader(apdu, offset, limit);
    if (reader.readByte() != TAG) {
      throw malformed("not a general-glo-ciphering APDU");
    }
    int titleLength = reader.readByte();
    if (titleLength != SYSTEM_TITLE_LENGTH) {
      throw malformed("system title of " + titleLength + " bytes, 8 expected");
    }
    int systemTitleOffset = reader.position();
    reader.readBytes(SYSTEM_TITLE_LENGTH);
    int length = reader.readLength();
    if (length != reader.remaining()) {
      throw malformed(reader.remaining() - length + " bytes after the ciphered APDU");
    }
    int securityControl = reader.readByte();
    boolean authenticated = (securityControl & AUTHENTICATION) != 0;
    if (length < SECURITY_HEADER_LENGTH + (authenticated ? AUTHENTICATION_TAG_LENGTH : 0)) {
      throw malformed("ciphered APDU of " + length + " bytes is too short for its header");
    }
    if ((securityControl & COMPRESSION) != 0) {
      throw new DecodeException(
          Reason.UNSUPPORTED,
          String.format("compressed ciphering (security control %02X)", securityControl));
    }
    reader.readUnsigned(4);
    return new CipheredApdu(apdu, systemTitleOffset, securityControl, reader.position(), limit);
  }

  public int securityControl() {
    return securityControl;
  }

  public boolean isAuthenticated() {
    return (securityControl & AUTHENTICATION) != 0;
  }

  public boolean isEncrypted() {
    return (securityControl & ENCRYPTION) != 0;
  }

  public byte[] systemTitle() {
    return Arrays.copyOfRange(apdu, systemTitleOffset, systemTitleOffset + SYSTEM_TITLE_LENGTH);
  }

  /** The 12-byte GCM initialisation vector: system title ‖ invocation counter. */
  byte[] initialisationVector() {
    byte[] iv = Arrays.copyOf(systemTitle(), 12);
    System.arraycopy(apdu, contentOffset - 4, iv, SYSTEM_TITLE_LENGTH, 4);
    return iv;
  }

  /**
   * The three-letter manufacturer id that starts the system title (KAM, LGZ, ISK, SAG, KFM…), when
   * it is one.
   */
  public Optional<String> manufacturer() {
    for (int i = 0; i < 3; i++) {
      int letter = apdu[systemTitleOffset + i] & 0xFF;
      if (letter < 'A' || letter > 'Z') {
        return Optional.empty();
      }
    }
    return Optional.of(
        new String(apdu, systemTitleOffset, 3, java.nio.charset.StandardCharsets.US_ASCII));
  }

  byte[] bytes() {
    return apdu;
  }

  /** Where the ciphertext starts: after the security control byte and the invocation counter. */
  int textOffset() {
    return contentOffset;
  }

  /** Where the ciphertext ends: before the tag, if any. */
  int textEnd() {
    return end - (isAuthenticated() ? AUTHENTICATION_TAG_LENGTH : 0);
  }

  /** Where the APDU ends, after the tag. */
  int end() {
    return end;
  }

  /** For messages: {@code system title 4B414D4501B502D3 ("KAM"), security 30}. */
  public String describe() {
    StringBuilder text = new StringBuilder("system title ");
    for (byte b : systemTitle()) {
      text.append(String.format("%02X", b));
    }
    manufacturer().ifPresent(id -> text.append(" (\"").append(id).append("\")"));
    return text.append(String.format(", security %02X", securityControl)).toString();
  }

  private static DecodeException malformed(String detail) {
    return new DecodeException(Reason.MALFORMED, detail);
  }
}
