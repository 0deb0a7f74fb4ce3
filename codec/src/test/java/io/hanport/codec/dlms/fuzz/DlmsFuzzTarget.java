package io.hanport.codec.dlms.fuzz;

import io.hanport.codec.dlms.ApduFramer;
import io.hanport.codec.dlms.AxdrReader;
import io.hanport.codec.dlms.CipheredApdu;
import io.hanport.codec.dlms.DlmsData;
import io.hanport.codec.dlms.DlmsDecoder;
import io.hanport.codec.dlms.DlmsKeys;
import io.hanport.codec.dlms.DlmsResult;
import io.hanport.codec.hdlc.Fcs16;
import io.hanport.codec.hdlc.HdlcFramer;
import io.hanport.codec.mbus.MbusFramer;
import io.hanport.codec.profile.ProfileMapper;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.Framer;
import io.hanport.codec.wire.HdlcFrame;
import io.hanport.codec.wire.MbusFrame;
import io.hanport.codec.wire.Rejection;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The invariants issue 3 asks for ARBITRARY bytes, broken ones thrown as {@link AssertionError}:
 *
 * <ul>
 *   <li>no framer throws, and none emits a frame or rejection beyond its bound;
 *   <li>every HDLC frame has a matching HCS and FCS, every M-Bus frame a matching sum: no reading
 *       without a valid checksum;
 *   <li>the decoder throws nothing but {@link DecodeException}, and with an authentication key it
 *       yields nothing from an authenticated ciphered APDU whose tag does not verify;
 *   <li>the A-XDR reader throws nothing but {@link DecodeException}, and its allocation-free walk
 *       ({@link AxdrReader#skip}) agrees with it on where a value ends.
 * </ul>
 */
public final class DlmsFuzzTarget {

  /** Small, so that fuzzed inputs reach the oversize path often. */
  private static final int HDLC_BOUND = 300;

  private static final byte[] KEY = hex("000102030405060708090A0B0C0D0E0F");
  private static final byte[] AUTH_KEY = hex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF");

  private DlmsFuzzTarget() {}

  /** The libFuzzer-style entry point, for the Jazzer CLI as well as JUnit. */
  public static void fuzzerTestOneInput(byte[] data) {
    checkHdlc(data);
    checkMbus(data);
    checkApdus(data);
    checkAxdr(data);
  }

  /** HDLC framer, then the decoder on what it cuts. */
  public static void checkHdlc(byte[] data) {
    run(new HdlcFramer(HDLC_BOUND), data, HDLC_BOUND + 2);
  }

  public static void checkMbus(byte[] data) {
    run(new MbusFramer(), data, 0xFF + 6);
  }

  /** Bare and ciphered APDUs: no checksum, so the tag and the A-XDR walk carry the weight. */
  public static void checkApdus(byte[] data) {
    run(new ApduFramer(), data, ApduFramer.MAX_APDU_BYTES);
  }

  public static void checkAxdr(byte[] data) {
    int walked = AxdrReader.skip(data, 0, data.length);
    AxdrReader reader = new AxdrReader(data, 0, data.length);
    try {
      DlmsData value = reader.readData();
      if (walked != reader.position()) {
        throw new AssertionError("skip ends at " + walked + ", readData at " + reader.position());
      }
      if (value == null) {
        throw new AssertionError("null value");
      }
    } catch (DecodeException rejected) {
      if (walked >= 0) {
        throw new AssertionError("skip accepted what readData rejected: " + rejected.detail());
      }
    }
  }

  private static void run(Framer framer, byte[] data, int bound) {
    Checker checker = new Checker(bound);
    int third = data.length / 3;
    framer.feed(data, 0, third, checker);
    framer.feed(data, third, data.length - third, checker);
    framer.finish(checker);
    checker.decoder.finish();
  }

  private static final class Checker implements FrameListener, DlmsDecoder.Listener {
    private final int bound;
    private final DlmsDecoder decoder;

    Checker(int bound) {
      this.bound = bound;
      this.decoder =
          new DlmsDecoder(
              new DlmsKeys(Optional.of(KEY), Optional.of(AUTH_KEY)), new ProfileMapper(), this);
    }

    @Override
    public void frame(Frame frame) {
      if (frame.raw().length > bound) {
        throw new AssertionError("frame of " + frame.raw().length + " bytes beyond " + bound);
      }
      if (frame instanceof HdlcFrame) {
        checkHdlc((HdlcFrame) frame);
      } else if (frame instanceof MbusFrame) {
        checkMbus((MbusFrame) frame);
      }
      Optional<DlmsResult> result;
      try {
        result = decoder.decode(frame);
      } catch (DecodeException expected) {
        return;
      }
      if (result.isPresent() && !(frame instanceof HdlcFrame) && !(frame instanceof MbusFrame)) {
        checkTag(frame.raw());
      }
    }

    @Override
    public void rejected(Rejection rejection) {
      if (rejection.length() < 0 || rejection.streamOffset() < 0) {
        throw new AssertionError("rejection out of range: " + rejection);
      }
    }

    @Override
    public void warning(String message) {}

    @Override
    public void dropped(Rejection rejection) {}
  }

  private static void checkHdlc(HdlcFrame frame) {
    byte[] raw = frame.raw();
    int length = raw.length - 2;
    if (!Fcs16.matches(raw, 1, length - 2, length - 1)) {
      throw new AssertionError("HDLC frame emitted with a wrong FCS");
    }
    if (frame.informationLength() > 0) {
      int headerLength = frame.informationOffset() - 3;
      if (!Fcs16.matches(raw, 1, headerLength, 1 + headerLength)) {
        throw new AssertionError("HDLC frame emitted with a wrong HCS");
      }
    }
  }

  private static void checkMbus(MbusFrame frame) {
    byte[] raw = frame.raw();
    int sum = 0;
    for (int i = 4; i < raw.length - 2; i++) {
      sum += raw[i] & 0xFF;
    }
    if ((sum & 0xFF) != (raw[raw.length - 2] & 0xFF)) {
      throw new AssertionError("M-Bus frame emitted with a wrong checksum");
    }
  }

  /** A result from a bare authenticated APDU must carry a tag that javax.crypto verifies too. */
  private static void checkTag(byte[] raw) {
    int start = (raw[0] & 0xFF) == 0xE6 ? 3 : 0;
    if ((raw[start] & 0xFF) != CipheredApdu.TAG) {
      return;
    }
    CipheredApdu apdu;
    try {
      apdu = CipheredApdu.parse(raw, start, raw.length);
    } catch (DecodeException impossible) {
      throw new AssertionError("decoded an APDU whose header does not parse", impossible);
    }
    if (!apdu.isAuthenticated() || !apdu.isEncrypted()) {
      return;
    }
    byte[] iv = Arrays.copyOf(apdu.systemTitle(), 12);
    int counterAt = start + 10 + lengthBytes(raw[start + 10]) + 1;
    System.arraycopy(raw, counterAt, iv, 8, 4);
    try {
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(96, iv));
      gcm.updateAAD(new byte[] {(byte) apdu.securityControl()});
      gcm.updateAAD(AUTH_KEY);
      gcm.doFinal(raw, counterAt + 4, raw.length - counterAt - 4);
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError("a reading from an APDU whose tag does not verify", e);
    }
  }

  private static int lengthBytes(byte first) {
    return (first & 0x80) == 0 ? 1 : 1 + (first & 0x7F);
  }

  private static byte[] hex(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }
}
