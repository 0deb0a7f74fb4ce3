package io.hanport.bench;

import io.hanport.codec.hdlc.Fcs16;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Streams of distinct HDLC frames for the DLMS benchmark: the Swedish Aidon list (581 bytes,
 * capture hdlc_se_aidon_scaler_gh156) and the Norwegian Kamstrup hourly list (302 bytes, capture
 * hdlc_no_kamstrup_list2_hourly_em001), each with its power values varied per frame and its FCS
 * recomputed; plain, or with the APDU inside general-glo-ciphering (security 0x30, tag checked).
 */
final class DlmsFrames {

  static final byte[] KEY = HexFormat.of().parseHex("000102030405060708090A0B0C0D0E0F");
  static final byte[] AUTH_KEY = HexFormat.of().parseHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF");

  /** Capture hdlc_se_aidon_scaler_gh156: the LLC and APDU of its information field. */
  static final String AIDON_SE =
      "E6E7000F4000000000011B020209060000010000FF090C07E50C0A05103900FF8000FF020309060100010700FF"
      + "06000007E502020F00161B020309060100020700FF060000000002020F00161B020309060100030700FF060000"
      + "000002020F00161D020309060100040700FF060000024802020F00161D0203090601001F0700FF10000902020F"
      + "FF1621020309060100330700FF10002502020FFF1621020309060100470700FF10002E02020FFF162102030906"
      + "0100200700FF1208E302020FFF1623020309060100340700FF1208D802020FFF1623020309060100480700FF12"
      + "08DF02020FFF1623020309060100150700FF06000000D502020F00161B020309060100160700FF060000000002"
      + "020F00161B020309060100170700FF060000000002020F00161D020309060100180700FF060000003602020F00"
      + "161D020309060100290700FF060000030C02020F00161B0203090601002A0700FF060000000002020F00161B02"
      + "03090601002B0700FF060000012102020F00161D0203090601002C0700FF060000000002020F00161D02030906"
      + "01003D0700FF06000003F902020F00161B0203090601003E0700FF060000000002020F00161B0203090601003F"
      + "0700FF060000000002020F00161D020309060100400700FF06000000E902020F00161D020309060100010800FF"
      + "0603C25A6402020F00161E020309060100020800FF060000000002020F00161E020309060100030800FF060004"
      + "5D0602020F001620020309060100040800FF0600B49D8902020F001620";

  /** Where Aidon's 1-0:1.7.0 value sits in {@link #AIDON_SE}. */
  static final int AIDON_POWER_AT = 46;

  /** Capture hdlc_no_kamstrup_list2_hourly_em001: the LLC and APDU of its information field. */
  static final String KAMSTRUP_NO =
      "E6E7000F000000000C07E50B1904160037FF80000002230A0E4B616D73747275705F5630303031090601010000"
      + "05FF0A103537303635363732303237353330323509060101600101FF0A1236383431313331424E323433313031"
      + "30343009060101010700FF06000007AC09060101020700FF060000000009060101030700FF0600000000090601"
      + "01040700FF06000000CD090601011F0700FF06000000B109060101330700FF060000014809060101470700FF06"
      + "0000019D09060101200700FF1200EB09060101340700FF1200EB09060101480700FF1200EB09060001010000FF"
      + "090C07E50B1904160037FF80000009060101010800FF060082F3CC09060101020800FF060006EDC30906010103"
      + "0800FF0600003BDF09060101040800FF0600168B24";

  /** Where Kamstrup's 1-1:1.7.0 value sits in {@link #KAMSTRUP_NO}. */
  static final int KAMSTRUP_POWER_AT = 102;

  private DlmsFrames() {}

  /**
   * {@code count} frames made from one capture's information field, in one stream. The four bytes
   * at {@code valueAt} (a double-long-unsigned power) differ from frame to frame.
   */
  static byte[] stream(
      byte[] information, int valueAt, boolean encrypted, int count, long seed, int[] offsets) {
    Random random = new Random(seed);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      byte[] info = information.clone();
      int power = random.nextInt(20_000);
      info[valueAt] = (byte) (power >> 24);
      info[valueAt + 1] = (byte) (power >> 16);
      info[valueAt + 2] = (byte) (power >> 8);
      info[valueAt + 3] = (byte) power;
      offsets[i] = stream.size();
      stream.writeBytes(frame(encrypted ? cipher(info, i + 1) : info));
    }
    offsets[count] = stream.size();
    return stream.toByteArray();
  }

  /** 7E | A0+length | 41 | 08 83 | 13 | HCS | information | FCS | 7E (Aidon's addresses). */
  private static byte[] frame(byte[] information) {
    int length = 2 + 1 + 2 + 1 + 2 + information.length + 2;
    byte[] frame = new byte[length + 2];
    frame[0] = 0x7E;
    frame[1] = (byte) (0xA0 | length >> 8);
    frame[2] = (byte) length;
    frame[3] = 0x41;
    frame[4] = 0x08;
    frame[5] = (byte) 0x83;
    frame[6] = 0x13;
    putFcs(frame, 1, 6);
    System.arraycopy(information, 0, frame, 9, information.length);
    putFcs(frame, 1, length - 2);
    frame[length + 1] = 0x7E;
    return frame;
  }

  private static void putFcs(byte[] frame, int offset, int length) {
    int fcs = Fcs16.compute(frame, offset, length);
    frame[offset + length] = (byte) fcs;
    frame[offset + length + 1] = (byte) (fcs >> 8);
  }

  /** LLC kept; the APDU after it ciphered with SC 0x30, counter {@code counter}. */
  private static byte[] cipher(byte[] information, int counter) {
    byte[] title = HexFormat.of().parseHex("4B414D4501B502D3");
    byte[] iv = Arrays.copyOf(title, 12);
    iv[8] = (byte) (counter >> 24);
    iv[9] = (byte) (counter >> 16);
    iv[10] = (byte) (counter >> 8);
    iv[11] = (byte) counter;
    byte[] apdu = Arrays.copyOfRange(information, 3, information.length);
    byte[] sealed;
    try {
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(96, iv));
      gcm.updateAAD(new byte[] {0x30});
      gcm.updateAAD(AUTH_KEY);
      sealed = gcm.doFinal(apdu);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(HexFormat.of().parseHex("E6E700DB08"));
    out.writeBytes(title);
    int length = 5 + sealed.length;
    out.write(0x82);
    out.write(length >> 8);
    out.write(length);
    out.write(0x30);
    out.writeBytes(Arrays.copyOfRange(iv, 8, 12));
    out.writeBytes(sealed);
    return out.toByteArray();
  }
}
