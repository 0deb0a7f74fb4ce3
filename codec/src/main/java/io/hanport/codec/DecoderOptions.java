package io.hanport.codec;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What a decoder needs to know that the bytes do not say.
 *
 * @param encryptionKey the 16-byte global unicast encryption key (GUEK; Kamstrup's GPK60), from the
 *     grid company, for meters that encrypt (PROTOCOLS.md §6.7)
 * @param authenticationKey the 16-byte authentication key (GAK; GPK61); without it a tag is not
 *     checked and the decoder says so
 * @param zone the zone a meter's local time is in: DSMR {@code W}/{@code S} become its standard
 *     and summer offsets
 */
public record DecoderOptions(
    Optional<byte[]> encryptionKey, Optional<byte[]> authenticationKey, ZoneId zone) {

  /** Keys are AES-128 keys (DLMS security suite 0). */
  public static final int KEY_LENGTH = 16;

  /** Central European time: the zone of every DSMR and Nordic meter hanport knows. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");

  public DecoderOptions {
    encryptionKey.ifPresent(DecoderOptions::checkKey);
    authenticationKey.ifPresent(DecoderOptions::checkKey);
    encryptionKey = encryptionKey.map(byte[]::clone);
    authenticationKey = authenticationKey.map(byte[]::clone);
  }

  public static DecoderOptions defaults() {
    return new DecoderOptions(Optional.empty(), Optional.empty(), DEFAULT_ZONE);
  }

  public DecoderOptions withKeys(Optional<byte[]> encryption, Optional<byte[]> authentication) {
    return new DecoderOptions(encryption, authentication, zone);
  }

  public DecoderOptions withZone(ZoneId newZone) {
    return new DecoderOptions(encryptionKey, authenticationKey, newZone);
  }

  /** Never prints key bytes: options end up in logs. */
  @Override
  public String toString() {
    return "DecoderOptions[encryptionKey="
        + (encryptionKey.isPresent() ? "set" : "none")
        + ", authenticationKey="
        + (authenticationKey.isPresent() ? "set" : "none")
        + ", zone="
        + zone
        + "]";
  }

  private static void checkKey(byte[] key) {
    if (key.length != KEY_LENGTH) {
      throw new IllegalArgumentException(
          "a key is 16 bytes (32 hex digits), this one has " + key.length + " bytes");
    }
  }
}
