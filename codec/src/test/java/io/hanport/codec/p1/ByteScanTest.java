package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteScanTest {

  /** Eight bytes at a time must find exactly what a byte loop finds, at any alignment. */
  @Test
  void findsTheSameIndexAsAByteLoop() {
    Random random = new Random(3);
    byte[] alphabet = {'!', '/', 0, (byte) 0x80, (byte) 0xA1, (byte) 0xAF, ' ', 0x20, 0x2E};
    for (int round = 0; round < 5000; round++) {
      byte[] data = new byte[random.nextInt(40)];
      for (int i = 0; i < data.length; i++) {
        data[i] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)]
            : (byte) random.nextInt(256);
      }
      int from = data.length == 0 ? 0 : random.nextInt(data.length);
      int to = from + random.nextInt(data.length - from + 1);

      assertThat(ByteScan.indexOfEither(data, from, to, (byte) '!', (byte) '/'))
          .isEqualTo(byteLoop(data, from, to));
    }
  }

  private static int byteLoop(byte[] data, int from, int to) {
    for (int i = from; i < to; i++) {
      if (data[i] == '!' || data[i] == '/') {
        return i;
      }
    }
    return to;
  }
}
