package io.hanport.codec.dlms;

import static io.hanport.codec.dlms.testing.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.codec.dlms.testing.Captures;
import io.hanport.codec.dlms.testing.FrameRecorder;
import io.hanport.codec.dlms.testing.Hex;
import io.hanport.codec.dlms.testing.PublishedKeys;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.p1.P1Framer;
import io.hanport.codec.profile.ProfileMapper;
import io.hanport.codec.wire.ApduFrame;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** general-glo-ciphering (PROTOCOLS.md §6.7): every security control byte, keys right and wrong. */
class CipheringTest {

  private static final byte[] KEY = bytes("000102030405060708090A0B0C0D0E0F");
  private static final byte[] AUTH_KEY = bytes("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF");
  private static final byte[] SYSTEM_TITLE = bytes("4B464D6550 9A0F03"); // "KFMeP…"
  private static final int INVOCATION_COUNTER = 0x0006C9F1;

  /** Kaifa list 1 with a date-time: structure{P+ = 5852 W}. */
  private static final byte[] PLAIN =
      bytes("0F 40000000 09 0C 07E3020401173416FF800000 0201 06000016DC");

  private final List<String> warnings = new ArrayList<>();
  private final List<Rejection> dropped = new ArrayList<>();

  /**
   * The DLMS Green Book example: this plaintext (capture enc_greenbook_gcm_example), SC 0x30,
   * system title 4D4D4D0000BC614E and counter 01234567 encrypt to the published ciphertext and tag.
   */
  @Test
  void greenBookExampleEncryptsToThePublishedCiphertextAndDecryptsBack() throws Exception {
    byte[] plain = Captures.bytes("encrypted/enc_greenbook_gcm_example.hex");
    byte[] title = bytes("4D4D4D0000BC614E");
    byte[] iv = bytes("4D4D4D0000BC614E 01234567");

    byte[] sealed = gcm(KEY, iv, aad(0x30, AUTH_KEY), plain);

    assertThat(Hex.text(sealed)).isEqualTo("411312FF935A47566827C467BC7D825C3BE4A77C3FCC056B6B");
    byte[] apdu = ciphered(0x30, title, 0x01234567, sealed);
    CipheredApdu parsed = CipheredApdu.parse(apdu, 0, apdu.length);
    GcmDecryptor decryptor =
        new GcmDecryptor(new DlmsKeys(Optional.of(KEY), Optional.of(AUTH_KEY)));
    assertThat(decryptor.decrypt(parsed)).isEqualTo(plain);
  }

  /** Smarty: SC 0x30 with Luxembourg's fixed AK; the plaintext is a P1 telegram, CRC CFDE valid. */
  @Test
  void smartyDecryptsToAP1TelegramWhoseCrcHolds() throws DecodeException {
    String capture = "encrypted/enc_lu_smarty_nexxtlab.hex";
    DlmsDecoder decoder =
        decoder(
            new DlmsKeys(
                Optional.of(PublishedKeys.encryptionKey(capture)),
                PublishedKeys.authenticationKey(capture)));

    DlmsResult result =
        decoder.decode(new io.hanport.codec.wire.CipheredFrame(0, Captures.bytes(capture))).get();

    byte[] telegram = ((DlmsResult.P1Text) result).telegram();
    assertThat(new String(telegram, java.nio.charset.StandardCharsets.US_ASCII))
        .startsWith("/Lux5\\253663629_D\r\n")
        .endsWith("!CFDE\r\n");
    FrameRecorder framed = FrameRecorder.frame(new P1Framer(), telegram);
    assertThat(framed.rejections).isEmpty();
    assertThat(((P1Frame) framed.frames.get(0)).checksumVerified()).isTrue();
    assertThat(warnings).isEmpty();
  }

  @Test
  void securityControl30WithTheAuthenticationKeyVerifiesTheTag() throws DecodeException {
    byte[] apdu = sealed(0x30, KEY, AUTH_KEY);

    Telegram telegram = cosem(decoder(keys(KEY, AUTH_KEY)), apdu);

    assertThat(telegram.encrypted()).isTrue();
    assertThat(telegram.objects().get(0).value()).isEqualTo(CosemValue.Quantity.of("5852", "W"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void securityControl30WithAWrongAuthenticationKeyFailsTheTag() {
    byte[] apdu = sealed(0x30, KEY, AUTH_KEY);
    byte[] wrongAuthKey = bytes("00112233445566778899AABBCCDDEEFF");

    assertThatThrownBy(() -> cosem(decoder(keys(KEY, wrongAuthKey)), apdu))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED);
              assertThat(e.detail()).contains("authentication tag").contains("--auth-key");
            });
  }

  /** Without an AK the tag cannot be checked: decrypt anyway (GCM's counter mode) and say so. */
  @Test
  void securityControl30WithoutAuthenticationKeyDecryptsAndWarnsOnce() throws DecodeException {
    DlmsDecoder decoder = decoder(keys(KEY, null));

    cosem(decoder, sealed(0x30, KEY, AUTH_KEY));
    Telegram telegram = cosem(decoder, sealed(0x30, KEY, AUTH_KEY));

    assertThat(telegram.objects()).hasSize(1);
    assertThat(warnings).containsExactly("authentication tag not checked (no --auth-key)");
  }

  /** 0x20: encryption only, no tag (Austrian Kaifa, Sagemcom, Iskra). */
  @Test
  void securityControl20IsDecryptedWithoutATag() throws DecodeException {
    Telegram telegram = cosem(decoder(keys(KEY, null)), sealed(0x20, KEY, null));

    assertThat(telegram.objects().get(0).value()).isEqualTo(CosemValue.Quantity.of("5852", "W"));
    assertThat(warnings).isEmpty();
  }

  /** 0x21: encryption only, security suite 1 (Polish Kaifa M-Bus, gh905). */
  @Test
  void securityControl21IsDecryptedWithoutATag() throws DecodeException {
    Telegram telegram = cosem(decoder(keys(KEY, null)), sealed(0x21, KEY, null));

    assertThat(telegram.objects()).hasSize(1);
  }

  /**
   * No tag means a wrong key decrypts to noise without error: the noise must not become a reading.
   */
  @Test
  void wrongKeyWithoutATagIsDetectedByTheShapeOfThePlaintext() {
    byte[] apdu = sealed(0x20, KEY, null);
    byte[] wrongKey = bytes("0F0E0D0C0B0A09080706050403020100");

    assertThatThrownBy(() -> cosem(decoder(keys(wrongKey, null)), apdu))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED);
              assertThat(e.detail()).contains("--key");
            });
  }

  @Test
  void missingKeyIsDecryptionFailedWithAHintWhereTheKeyComesFrom() {
    assertThatThrownBy(() -> cosem(decoder(DlmsKeys.none()), sealed(0x30, KEY, AUTH_KEY)))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED);
              assertThat(e.detail())
                  .contains("system title 4B464D65509A0F03 (\"KFM\"), security 30")
                  .contains("--key")
                  .contains("grid company/DSO");
            });
  }

  /** amsreader's dump gh111-2: header kept, plaintext written over the ciphertext. */
  @Test
  void plaintextInPlaceIsReadWhenNoTagCanBeChecked() throws DecodeException {
    byte[] dump = Captures.bytes("apdu/apdu_dk_kamstrup_decrypted_gh111.hex");

    Telegram telegram = cosem(decoder(DlmsKeys.none()), dump);

    assertThat(telegram.encrypted()).isTrue();
    assertThat(telegram.objects()).hasSize(13);
    assertThat(warnings).containsExactly(DlmsDecoder.PLAINTEXT_IN_PLACE_WARNING);
  }

  /** With an authentication key every reading from an authenticated APDU must pass its tag. */
  @Test
  void plaintextInPlaceIsRejectedWhenTheTagCanBeChecked() {
    byte[] dump = Captures.bytes("apdu/apdu_dk_kamstrup_decrypted_gh111.hex");

    assertThatThrownBy(() -> cosem(decoder(keys(KEY, AUTH_KEY)), dump))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DECRYPTION_FAILED));
  }

  @Test
  void compressedCipheringIsUnsupported() {
    byte[] apdu = ciphered(0xB0, SYSTEM_TITLE, 1, new byte[20]);

    assertThatThrownBy(() -> CipheredApdu.parse(apdu, 0, apdu.length))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED));
  }

  private DlmsDecoder decoder(DlmsKeys keys) {
    return new DlmsDecoder(
        keys,
        new ProfileMapper(),
        new DlmsDecoder.Listener() {
          @Override
          public void warning(String message) {
            warnings.add(message);
          }

          @Override
          public void dropped(Rejection rejection) {
            dropped.add(rejection);
          }
        });
  }

  private static Telegram cosem(DlmsDecoder decoder, byte[] apdu) throws DecodeException {
    return ((DlmsResult.Cosem) decoder.decode(new ApduFrame(0, apdu)).get()).telegram();
  }

  private static DlmsKeys keys(byte[] key, byte[] authKey) {
    return new DlmsKeys(Optional.ofNullable(key), Optional.ofNullable(authKey));
  }

  /** {@link #PLAIN} ciphered as a meter would: GCM with tag for 0x30, counter mode otherwise. */
  private static byte[] sealed(int securityControl, byte[] key, byte[] authKey) {
    byte[] iv = Arrays.copyOf(SYSTEM_TITLE, 12);
    iv[8] = 0x00;
    iv[9] = 0x06;
    iv[10] = (byte) 0xC9;
    iv[11] = (byte) 0xF1;
    try {
      byte[] text =
          (securityControl & 0x10) != 0
              ? gcm(key, iv, aad(securityControl, authKey), PLAIN)
              : counterMode(key, iv, PLAIN);
      return ciphered(securityControl, SYSTEM_TITLE, INVOCATION_COUNTER, text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** DB | 08 | system title | A-XDR length | SC | invocation counter | text [+ tag]. */
  private static byte[] ciphered(int securityControl, byte[] title, int counter, byte[] text) {
    ByteArrayOutputStream apdu = new ByteArrayOutputStream();
    apdu.write(0xDB);
    apdu.write(8);
    apdu.writeBytes(title);
    int length = 5 + text.length;
    if (length >= 0x80) {
      apdu.write(0x81);
    }
    apdu.write(length);
    apdu.write(securityControl);
    apdu.writeBytes(
        new byte[] {
          (byte) (counter >> 24), (byte) (counter >> 16), (byte) (counter >> 8), (byte) counter
        });
    apdu.writeBytes(text);
    return apdu.toByteArray();
  }

  private static byte[] aad(int securityControl, byte[] authKey) {
    byte[] aad = new byte[1 + authKey.length];
    aad[0] = (byte) securityControl;
    System.arraycopy(authKey, 0, aad, 1, authKey.length);
    return aad;
  }

  private static byte[] gcm(byte[] key, byte[] iv, byte[] aad, byte[] plain) throws Exception {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(96, iv));
    cipher.updateAAD(aad);
    return cipher.doFinal(plain);
  }

  /** GCM's encryption without its tag: AES-CTR from counter block IV ‖ 00000002. */
  private static byte[] counterMode(byte[] key, byte[] iv, byte[] plain) throws Exception {
    byte[] counter = Arrays.copyOf(iv, 16);
    counter[15] = 2;
    Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(counter));
    return cipher.doFinal(plain);
  }
}
