package io.hanport.codec.hdlc;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.dlms.testing.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Fcs16Test {

  /** The catalogue check value of CRC-16/X-25 (PROTOCOLS.md §6.2). */
  @Test
  void checkValueOf123456789Is906E() {
    byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);

    assertThat(Fcs16.compute(check, 0, check.length)).isEqualTo(0x906E);
  }

  /** Slice-by-8 against the textbook bit-at-a-time definition, at every length and offset. */
  @Test
  void sliceBy8AgreesWithTheBitwiseDefinitionForAnyLengthAndOffset() {
    Random random = new Random(3);
    byte[] data = new byte[300];
    random.nextBytes(data);
    for (int offset = 0; offset < 9; offset++) {
      for (int length = 0; offset + length <= data.length; length++) {
        assertThat(Fcs16.compute(data, offset, length))
            .as("offset %d length %d", offset, length)
            .isEqualTo(bitwise(data, offset, length));
      }
    }
  }

  /**
   * The Aidon list frame of capture hdlc_se_aidon_scaler_gh156: HCS over the 6 header bytes after
   * the flag (format A2 43, dest 41, src 08 83, control 13), FCS over the 577 bytes between the
   * flag and itself, both sent low byte first.
   */
  @Test
  void hcsAndFcsOfARealFrameMatchLowByteFirst() {
    byte[] frame =
        io.hanport.codec.dlms.testing.Captures.bytes("hdlc/hdlc_se_aidon_scaler_gh156.hex");

    assertThat(Fcs16.matches(frame, 1, 6, 7)).isTrue();
    assertThat(Fcs16.matches(frame, 1, frame.length - 4, frame.length - 3)).isTrue();
    assertThat(Fcs16.readLowByteFirst(Hex.bytes("6E90"), 0)).isEqualTo(0x906E);
  }

  private static int bitwise(byte[] data, int offset, int length) {
    int crc = 0xFFFF;
    for (int i = offset; i < offset + length; i++) {
      crc ^= data[i] & 0xFF;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
      }
    }
    return crc ^ 0xFFFF;
  }
}
