package io.hanport.app.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which payloads and files are hex text: digit pairs and whitespace, nothing else. */
class HexBytesTest {

  @Test
  void hexPairsWithWhitespaceAnywhereAreDecoded() {
    assertThat(HexBytes.decode(ascii("7E A0 7b\r\n01 02\t10 ")))
        .hasValueSatisfying(
            bytes -> assertThat(bytes).containsExactly(0x7E, 0xA0, 0x7B, 0x01, 0x02, 0x10));
  }

  @Test
  void aKaifaHexCaptureDecodesToItsFrame() {
    byte[] frame = TestCaptures.hexBytes(TestCaptures.KAIFA_HDLC_HEX);

    assertThat(frame).hasSize(123);
    assertThat(frame[0]).isEqualTo((byte) 0x7E);
    assertThat(frame[122]).isEqualTo((byte) 0x7E);
  }

  @Test
  void meterFramesAreNeverMistakenForHex() {
    assertThat(HexBytes.decode(TestCaptures.bytes(TestCaptures.SWEDISH))).isEmpty();
    assertThat(HexBytes.decode(TestCaptures.hexBytes(TestCaptures.KAIFA_HDLC_HEX))).isEmpty();
  }

  @Test
  void oddDigitsNoDigitsOrOtherCharactersAreNotHex() {
    assertThat(HexBytes.decode(ascii("7E A"))).isEmpty();
    assertThat(HexBytes.decode(ascii(" \r\n"))).isEmpty();
    assertThat(HexBytes.decode(ascii("0x7E"))).isEmpty();
    assertThat(HexBytes.decode(ascii("7E,A0"))).isEmpty();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
