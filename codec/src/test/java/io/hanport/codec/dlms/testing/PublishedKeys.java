package io.hanport.codec.dlms.testing;

import io.hanport.codec.DecoderOptions;
import java.util.Map;
import java.util.Optional;

/**
 * The keys published for ciphered captures (MANIFEST.md "Vectors with published decryption keys"):
 * encryption key, and authentication key where one was published.
 */
public final class PublishedKeys {

  private static final Map<String, String[]> KEYS =
      Map.of(
          "encrypted/hdlc_ch_lg_e450_gbt_encrypted_scs.hex",
          new String[] {"F08660A6C19D2048556BF623AB0257E6", null},
          "encrypted/hdlc_at_lg_e450_encrypted_gh501_1.hex",
          new String[] {"34743677397A24432646294A404E6352", "C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF"},
          "encrypted/hdlc_at_iskra_am550_encrypted_gh787_1.hex",
          new String[] {"F9897984D43D3108AAFC4DE19DA85713", null},
          "encrypted/enc_lu_smarty_nexxtlab.hex",
          new String[] {"D491470F47126332B07D1923B3504188", "00112233445566778899AABBCCDDEEFF"},
          "encrypted/enc_dlms_cosem_ggc_dummy_key.hex",
          new String[] {"4D5944554D4D59474C4F42414C4B4559", "4D5944554D4D59474C4F42414C4B4559"});

  private PublishedKeys() {}

  /** Decoder options with the capture's published keys, or none. */
  public static DecoderOptions optionsFor(String capture) {
    String[] keys = KEYS.getOrDefault(capture, new String[] {null, null});
    return DecoderOptions.defaults()
        .withKeys(
            Optional.ofNullable(keys[0]).map(Hex::bytes),
            Optional.ofNullable(keys[1]).map(Hex::bytes));
  }

  public static byte[] encryptionKey(String capture) {
    return Hex.bytes(KEYS.get(capture)[0]);
  }

  public static Optional<byte[]> authenticationKey(String capture) {
    return Optional.ofNullable(KEYS.get(capture)[1]).map(Hex::bytes);
  }
}
