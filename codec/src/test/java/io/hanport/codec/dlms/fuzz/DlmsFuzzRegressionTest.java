package io.hanport.codec.dlms.fuzz;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.hanport.codec.dlms.testing.Captures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fuzz invariants ({@link DlmsFuzzTarget}) over thousands of deterministic inputs on every
 * build: each DLMS capture mutated 60 ways (seeded), and random streams drawn from the bytes that
 * steer the framers and the A-XDR reader. The {@code @FuzzTest}s add coverage-guided fuzzing.
 */
class DlmsFuzzRegressionTest {

  /** Flags, starts, LLC, APDU and A-XDR tags, over-represented so that random input hits them. */
  private static final byte[] ALPHABET = {
    0x7E,
    (byte) 0xA0,
    (byte) 0xA8,
    0x7D,
    0x68,
    0x16,
    (byte) 0xE6,
    (byte) 0xE7,
    0x00,
    0x0F,
    (byte) 0xDB,
    0x08,
    0x30,
    0x20,
    (byte) 0xE0,
    (byte) 0xC0,
    0x40,
    0x01,
    0x02,
    0x06,
    0x09,
    0x0A,
    0x0C,
    0x12,
    0x16,
    (byte) 0x81,
    (byte) 0x82,
    (byte) 0xFF,
    0x13,
    0x03
  };

  @Test
  void mutatedCapturesKeepTheInvariants() {
    Random random = new Random(2026);
    for (String capture : captures()) {
      byte[] original = Captures.bytes(capture);
      for (int i = 0; i < 60; i++) {
        byte[] mutated = mutate(original, random);
        assertThatCode(() -> DlmsFuzzTarget.fuzzerTestOneInput(mutated))
            .as("%s mutation %d", capture, i)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void randomStreamsKeepTheInvariants() {
    Random random = new Random(11);
    for (int i = 0; i < 3000; i++) {
      byte[] stream = new byte[random.nextInt(700)];
      for (int j = 0; j < stream.length; j++) {
        stream[j] =
            random.nextInt(3) == 0
                ? (byte) random.nextInt(256)
                : ALPHABET[random.nextInt(ALPHABET.length)];
      }
      assertThatCode(() -> DlmsFuzzTarget.fuzzerTestOneInput(stream))
          .as("stream %d", i)
          .doesNotThrowAnyException();
    }
  }

  private static List<String> captures() {
    List<String> all = new ArrayList<>();
    for (String folder : List.of("hdlc", "apdu", "mbus", "encrypted")) {
      all.addAll(Captures.folder(folder));
    }
    return all;
  }

  /** Flips a bit, overwrites with a special byte, deletes or truncates: up to four edits. */
  private static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int length = bytes.length;
    for (int edit = random.nextInt(4); edit >= 0 && length > 0; edit--) {
      int at = random.nextInt(length);
      switch (random.nextInt(4)) {
        case 0:
          bytes[at] ^= (byte) (1 << random.nextInt(8));
          break;
        case 1:
          bytes[at] = ALPHABET[random.nextInt(ALPHABET.length)];
          break;
        case 2:
          System.arraycopy(bytes, at + 1, bytes, at, length - at - 1);
          length--;
          break;
        default:
          length = at;
          break;
      }
    }
    return java.util.Arrays.copyOf(bytes, length);
  }
}
