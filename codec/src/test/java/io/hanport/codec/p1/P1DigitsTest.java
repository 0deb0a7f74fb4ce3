package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class P1DigitsTest {

  @Test
  void eightDigitsAtATimeAgreeWithLongParseForEveryLength() {
    Random random = new Random(7);
    for (int trial = 0; trial < 20_000; trial++) {
      int length = random.nextInt(19);
      StringBuilder digits = new StringBuilder();
      for (int i = 0; i < length; i++) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      String padding = random.nextBoolean() ? "*kWh)\r\n!1234\r\n" : "";
      byte[] raw = ("(" + digits + padding).getBytes(StandardCharsets.ISO_8859_1);
      long expected = length == 0 ? 0 : Long.parseLong(digits.toString());
      assertThat(P1Digits.append(raw, 1, 1 + length, 0)).as(digits.toString()).isEqualTo(expected);
    }
  }

  @Test
  void aRunEndingAtAKnownPlaceIsReadFromOneWord() {
    byte[] raw = "1-0:1.8.0(00006678.394*kWh)".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(P1Digits.endingAt(raw, 18, P1Digits.runMask(8))).isEqualTo(6678L);
    assertThat(P1Digits.endingAt(raw, 22, P1Digits.runMask(3))).isEqualTo(394L);
    assertThat(P1Digits.endingAt(raw, 22, P1Digits.runMask(0))).isZero();
  }

  @Test
  void appendsToWhatWasReadBefore() {
    byte[] raw = "00006678.394*kWh)".getBytes(StandardCharsets.ISO_8859_1);
    long integer = P1Digits.append(raw, 0, 8, 0);
    assertThat(P1Digits.append(raw, 9, 12, integer)).isEqualTo(6678394L);
  }

  @Test
  void digitsThatEndTheArrayAreReadByteByByte() {
    byte[] raw = "(12".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(P1Digits.append(raw, 1, 3, 5)).isEqualTo(512L);
  }
}
