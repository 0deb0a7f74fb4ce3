package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Crc16ArcTest {

  @Test
  void checkValueOf123456789IsBb3d() {
    byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);

    assertThat(Crc16Arc.compute(check, 0, check.length)).isEqualTo(0xBB3D);
  }

  @Test
  void emptyInputHasTheInitialValueZero() {
    assertThat(Crc16Arc.compute(new byte[4], 2, 0)).isZero();
  }

  /** PROTOCOLS.md §1.5: the CRC covers '/' through '!' inclusive; hanporten's example is 7945. */
  @Test
  void swedishReferenceTelegramHasCrc7945() {
    byte[] telegram = Captures.bytes("p1_se_ell5_hanporten_7945");
    int bang = new String(telegram, StandardCharsets.ISO_8859_1).indexOf('!');

    assertThat(Crc16Arc.compute(telegram, 0, bang + 1)).isEqualTo(0x7945);
  }

  /** The slice-by-16 path must agree with the bit-by-bit definition at every length and offset. */
  @Test
  void sliceBy16AgreesWithBitwiseDefinitionAtEveryLengthAndOffset() {
    byte[] data = new byte[300];
    new Random(42).nextBytes(data);
    for (int offset = 0; offset < 17; offset++) {
      for (int length = 0; length + offset <= data.length; length++) {
        assertThat(Crc16Arc.compute(data, offset, length))
            .as("offset %d length %d", offset, length)
            .isEqualTo(bitwise(data, offset, length));
      }
    }
  }

  private static int bitwise(byte[] data, int offset, int length) {
    int crc = 0;
    for (int i = offset; i < offset + length; i++) {
      crc ^= data[i] & 0xFF;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
      }
    }
    return crc;
  }
}
