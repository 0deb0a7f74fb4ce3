package io.hanport.app.sim;

import java.time.Instant;
import java.util.HexFormat;

/**
 * The simulated Smarty's keys. The encryption key is a fixed demo key, printed when the simulator
 * starts, so users can try decryption; the authentication key is the one every Luxembourg meter
 * uses (PROTOCOLS.md §4). The system title is "SAG" plus bytes from the seed, like the real
 * T210-D's {@code 53 41 47 67 70 01 BD 54}.
 */
final class SmartyKeys {

  static final String DEMO_ENCRYPTION_KEY = "5A1B2C3D4E5F60718293A4B5C6D7E8F9";
  static final String LUXEMBOURG_AUTHENTICATION_KEY = "00112233445566778899AABBCCDDEEFF";
  /** Frame counters count 10-s telegrams since 2017-07-14, so they grow across restarts. */
  private static final long COUNTER_EPOCH_SECOND = 1_500_000_000L;
  private static final long SYSTEM_TITLE_KEY = 0x517;

  private SmartyKeys() {}

  static GloCipher cipher(long seed) {
    HexFormat hex = HexFormat.of();
    return new GloCipher(systemTitle(seed), hex.parseHex(DEMO_ENCRYPTION_KEY),
        hex.parseHex(LUXEMBOURG_AUTHENTICATION_KEY), SmartyKeys::invocationCounter);
  }

  static byte[] systemTitle(long seed) {
    long serial = SeedHash.hash(seed, SYSTEM_TITLE_KEY, 0);
    return new byte[] {'S', 'A', 'G', 0x67, 0x70,
        (byte) (serial >>> 16), (byte) (serial >>> 8), (byte) serial};
  }

  static long invocationCounter(Instant time) {
    return Math.floorDiv(time.getEpochSecond() - COUNTER_EPOCH_SECOND, 10) & 0xFFFF_FFFFL;
  }
}
