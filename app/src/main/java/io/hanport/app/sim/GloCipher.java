package io.hanport.app.sim;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.function.ToLongFunction;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * DLMS general-glo-ciphering with security suite 0, authenticated and encrypted (security control
 * 0x30), as Smarty meters send it (PROTOCOLS.md §4, §6.7): {@code DB 08 <system title>
 * <A-XDR length> 30 <invocation counter> <ciphertext> <12-byte tag>}, AES-128-GCM with
 * IV = system title ‖ counter and AAD = 0x30 ‖ AK.
 */
final class GloCipher {

  static final int GENERAL_GLO_CIPHERING = 0xDB;
  static final int AUTHENTICATED_AND_ENCRYPTED = 0x30;
  private static final int TAG_BYTES = 12;

  private final byte[] systemTitle;
  private final SecretKeySpec encryptionKey;
  private final byte[] additionalData;
  private final ToLongFunction<Instant> invocationCounter;
  private final Cipher cipher;

  /**
   * @param invocationCounter the frame counter the meter uses at an instant; it must grow with
   *     every frame, as GCM must never see one IV twice under a key
   */
  GloCipher(byte[] systemTitle, byte[] encryptionKey, byte[] authenticationKey,
      ToLongFunction<Instant> invocationCounter) {
    this.systemTitle = systemTitle.clone();
    this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
    this.additionalData = new byte[1 + authenticationKey.length];
    additionalData[0] = (byte) AUTHENTICATED_AND_ENCRYPTED;
    System.arraycopy(authenticationKey, 0, additionalData, 1, authenticationKey.length);
    this.invocationCounter = invocationCounter;
    try {
      this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  byte[] seal(byte[] plaintext, Instant time) {
    long counter = invocationCounter.applyAsLong(time);
    byte[] sealed = encrypt(plaintext, counter);
    ByteArrayOutputStream out = new ByteArrayOutputStream(sealed.length + 20);
    out.write(GENERAL_GLO_CIPHERING);
    out.write(systemTitle.length);
    out.writeBytes(systemTitle);
    AxdrWriter.writeLength(out, 1 + 4 + sealed.length);
    out.write(AUTHENTICATED_AND_ENCRYPTED);
    writeCounter(out, counter);
    out.writeBytes(sealed);
    return out.toByteArray();
  }

  private byte[] encrypt(byte[] plaintext, long counter) {
    ByteArrayOutputStream iv = new ByteArrayOutputStream(12);
    iv.writeBytes(systemTitle);
    writeCounter(iv, counter);
    try {
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey,
          new GCMParameterSpec(TAG_BYTES * 8, iv.toByteArray()));
      cipher.updateAAD(additionalData);
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a 16-byte AES key and a 12-byte IV always encrypt", e);
    }
  }

  private static void writeCounter(ByteArrayOutputStream out, long counter) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write((int) (counter >>> shift));
    }
  }
}
