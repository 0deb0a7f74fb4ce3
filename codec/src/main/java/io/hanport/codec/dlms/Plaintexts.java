package io.hanport.codec.dlms;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Reason;
import java.util.Optional;

/**
 * Judges the bytes a general-glo-ciphering APDU yields. Security control 0x20 has no tag, so a
 * wrong key decrypts to noise without error: only the structure of the result tells, and noise is
 * rejected {@link Reason#DECRYPTION_FAILED} rather than mapped to readings.
 */
final class Plaintexts {

  private static final byte P1_START = '/';

  private Plaintexts() {}

  /** An ASCII P1 telegram: {@code /} then printable text and line ends, zero padding allowed. */
  static boolean isP1Telegram(byte[] plaintext) {
    if (plaintext.length == 0 || plaintext[0] != P1_START) {
      return false;
    }
    int end = plaintext.length;
    while (end > 0 && plaintext[end - 1] == 0) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      int b = plaintext[i] & 0xFF;
      if ((b < 0x20 || b > 0x7E) && b != '\r' && b != '\n' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * The decrypted data-notification. A plaintext that does not parse is a wrong key unless the tag
   * proved the key right, in which case the meter sent a malformed APDU.
   */
  static DataNotification notification(byte[] plaintext, CipheredApdu apdu, boolean tagChecked)
      throws DecodeException {
    try {
      return DataNotification.parse(plaintext, 0, plaintext.length);
    } catch (DecodeException e) {
      if (tagChecked) {
        throw e;
      }
      throw new DecodeException(
          Reason.DECRYPTION_FAILED,
          "decrypted bytes are neither a DLMS push nor a P1 telegram ("
              + apdu.describe()
              + "): wrong --key? (the grid company/DSO provides it)");
    }
  }

  /**
   * amsreader's "decrypted" dumps keep the ciphering header and write the plaintext over the
   * ciphertext (captures apdu_dk_kamstrup_decrypted_gh111, mbus_at_kaifa_ma309_plain_gh247). Real
   * ciphertext is noise and practically never parses as a complete data-notification of exactly the
   * right length, so this cannot mistake a ciphered frame for plain.
   */
  static Optional<DataNotification> notificationInPlace(CipheredApdu apdu) {
    byte[] bytes = apdu.bytes();
    if (apdu.textOffset() >= apdu.textEnd() || bytes[apdu.textOffset()] != DataNotification.TAG) {
      return Optional.empty();
    }
    try {
      return Optional.of(DataNotification.parse(bytes, apdu.textOffset(), apdu.textEnd()));
    } catch (DecodeException notPlain) {
      return Optional.empty();
    }
  }
}
