package io.hanport.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Simulated Smarty frames decrypt with the key the simulator prints (PROTOCOLS.md §4). */
class SmartyFrameTest {

  private static final Instant START = Instant.parse("2024-02-01T08:00:00Z");

  @Test
  void framesDecryptWithThePrintedKeyIntoValidLuxembourgTelegrams() throws Exception {
    Simulator simulator = Simulator.create(Profile.LU_SMARTY, 9, START);
    String key = simulator.decryptionKey().orElseThrow();
    SimulatedFrame first = simulator.next();
    SimulatedFrame second = simulator.next();

    byte[] plaintext = decrypt(first.bytes(), HexFormat.of().parseHex(key));

    assertThat(new String(plaintext, StandardCharsets.US_ASCII))
        .startsWith("/Lux5\\253663629_D\r\n");
    Map<String, String> values = P1TestParser.parse(plaintext);
    assertThat(values.get("0-0:1.0.0")).isEqualTo("240201090000W");
    assertThat(values.get("0-0:42.0.0")).startsWith("5341473130333037");
    assertThat(counter(second.bytes())).isEqualTo(counter(first.bytes()) + 1);
  }

  @Test
  void onlyTheSmartyProfileHasAKey() {
    assertThat(Simulator.create(Profile.SE_P1, 9, START).decryptionKey()).isEmpty();
  }

  /** {@code DB 08 <title> 82 <len> 30 <counter> <ciphertext+tag>}, AAD = 30 ‖ AK. */
  private static byte[] decrypt(byte[] frame, byte[] key) throws Exception {
    ByteBuffer in = ByteBuffer.wrap(frame);
    assertThat(in.get() & 0xFF).isEqualTo(0xDB);
    byte[] title = new byte[in.get()];
    in.get(title);
    assertThat(in.get() & 0xFF).isEqualTo(0x82);
    int length = in.getShort() & 0xFFFF;
    assertThat(length).isEqualTo(in.remaining());
    assertThat(in.get() & 0xFF).isEqualTo(0x30);
    byte[] iv = Arrays.copyOf(title, 12);
    in.get(iv, 8, 4);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(96, iv));
    cipher.updateAAD(HexFormat.of().parseHex("30" + SmartyKeys.LUXEMBOURG_AUTHENTICATION_KEY));
    return cipher.doFinal(frame, in.position(), in.remaining());
  }

  private static long counter(byte[] frame) {
    return ByteBuffer.wrap(frame, 2 + 8 + 3 + 1, 4).getInt() & 0xFFFF_FFFFL;
  }
}
