package io.hanport.codec.dlms;

import java.util.Optional;

/**
 * The customer's keys for general-glo-ciphering: the encryption key (GUEK; Kamstrup's GPK60) and
 * the authentication key (GAK; GPK61), both AES-128 (16 bytes), or AES-256 for security suite 2.
 * The grid company (DSO) hands them out; Luxembourg uses one fixed authentication key for every
 * meter (PROTOCOLS.md §4).
 */
public record DlmsKeys(Optional<byte[]> encryptionKey, Optional<byte[]> authenticationKey) {

  public DlmsKeys {
    encryptionKey = encryptionKey.map(DlmsKeys::checkedCopy);
    authenticationKey = authenticationKey.map(DlmsKeys::checkedCopy);
  }

  public static DlmsKeys none() {
    return new DlmsKeys(Optional.empty(), Optional.empty());
  }

  /**
   * @throws IllegalArgumentException for a key that is not 16 or 32 bytes
   */
  private static byte[] checkedCopy(byte[] key) {
    if (key.length != 16 && key.length != 32) {
      throw new IllegalArgumentException(
          "a DLMS key is 16 bytes (32 hex digits), or 32 bytes for suite 2; got " + key.length);
    }
    return key.clone();
  }
}
