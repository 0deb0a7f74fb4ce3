package io.hanport.codec.dlms;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Reason;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM for general-glo-ciphering, from {@code javax.crypto} (PROTOCOLS.md §6.7): IV = system
 * title ‖ invocation counter; for an authenticated APDU, AAD = security control ‖ authentication
 * key and a 12-byte tag. Without a tag to check (security 0x20/0x21, or 0x30 with no authentication
 * key) the ciphertext is decrypted as GCM's counter mode does, starting at counter block IV ‖
 * 00000002 (verified on captures of L+G E570, Iskra AM550 AT and Kaifa PL).
 */
final class GcmDecryptor {

  static final String NO_KEY_HINT =
      "give the encryption key with --key (the grid company/DSO provides it)";

  private static final int TAG_BITS = CipheredApdu.AUTHENTICATION_TAG_LENGTH * 8;

  /** GCM's first counter block (…0001) masks the tag; the ciphertext starts at …0002. */
  private static final byte FIRST_TEXT_COUNTER = 2;

  private final Optional<SecretKeySpec> encryptionKey;
  private final Optional<byte[]> authenticationKey;
  private Cipher gcm;
  private Cipher counterMode;

  GcmDecryptor(DlmsKeys keys) {
    this.encryptionKey = keys.encryptionKey().map(key -> new SecretKeySpec(key, "AES"));
    this.authenticationKey = keys.authenticationKey();
  }

  boolean canCheckTag() {
    return authenticationKey.isPresent();
  }

  /** Decrypts and, when the APDU is authenticated and the key is known, verifies the tag. */
  byte[] decrypt(CipheredApdu apdu) throws DecodeException {
    SecretKeySpec key =
        encryptionKey.orElseThrow(
            () ->
                new DecodeException(
                    Reason.DECRYPTION_FAILED,
                    "encrypted frame (" + apdu.describe() + "); " + NO_KEY_HINT));
    try {
      if (apdu.isAuthenticated() && authenticationKey.isPresent()) {
        return decryptAndVerify(apdu, key, authenticationKey.get());
      }
      return decryptCounterMode(apdu, key);
    } catch (AEADBadTagException e) {
      throw new DecodeException(
          Reason.DECRYPTION_FAILED,
          "authentication tag does not match ("
              + apdu.describe()
              + "): wrong --key or --auth-key (the grid company/DSO provides both)");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  private byte[] decryptAndVerify(CipheredApdu apdu, SecretKeySpec key, byte[] authKey)
      throws GeneralSecurityException {
    if (gcm == null) {
      gcm = Cipher.getInstance("AES/GCM/NoPadding");
    }
    gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, apdu.initialisationVector()));
    gcm.updateAAD(new byte[] {(byte) apdu.securityControl()});
    gcm.updateAAD(authKey);
    if (!apdu.isEncrypted()) {
      // Authentication only: the text is plain and part of the AAD; the tag is over no ciphertext.
      gcm.updateAAD(apdu.bytes(), apdu.textOffset(), apdu.textEnd() - apdu.textOffset());
      gcm.doFinal(apdu.bytes(), apdu.textEnd(), CipheredApdu.AUTHENTICATION_TAG_LENGTH);
      return Arrays.copyOfRange(apdu.bytes(), apdu.textOffset(), apdu.textEnd());
    }
    return gcm.doFinal(apdu.bytes(), apdu.textOffset(), apdu.end() - apdu.textOffset());
  }

  private byte[] decryptCounterMode(CipheredApdu apdu, SecretKeySpec key)
      throws GeneralSecurityException {
    if (!apdu.isEncrypted()) {
      return Arrays.copyOfRange(apdu.bytes(), apdu.textOffset(), apdu.textEnd());
    }
    if (counterMode == null) {
      counterMode = Cipher.getInstance("AES/CTR/NoPadding");
    }
    byte[] counterBlock = Arrays.copyOf(apdu.initialisationVector(), 16);
    counterBlock[15] = FIRST_TEXT_COUNTER;
    counterMode.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(counterBlock));
    return counterMode.doFinal(apdu.bytes(), apdu.textOffset(), apdu.textEnd() - apdu.textOffset());
  }
}
