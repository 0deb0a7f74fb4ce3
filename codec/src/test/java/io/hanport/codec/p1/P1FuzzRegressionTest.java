package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fuzz invariants ({@link P1FuzzTarget}) over a few thousand deterministic inputs on every
 * build: each capture mutated 100 ways (seeded), and random streams drawn from the bytes that
 * steer the framer. {@link P1FuzzTest} adds coverage-guided fuzzing; run it for longer locally
 * with {@code JAZZER_FUZZ=1 mvn -pl codec test -Dtest=P1FuzzTest}.
 */
class P1FuzzRegressionTest {

  /** The framer's and decoder's special bytes, over-represented so that random input hits them. */
  private static final byte[] ALPHABET = "/!\r\n()*.:-0123456789ABCDEFkWh\u0002\u0000\u00ff x"
      .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  @Test
  void mutatedCapturesKeepTheInvariants() {
    Random random = new Random(2024);
    for (String capture : Captures.all()) {
      byte[] original = Captures.bytes(capture);
      for (int i = 0; i < 100; i++) {
        byte[] mutated = mutate(original, random);
        assertThatCode(() -> P1FuzzTarget.check(mutated)).as("%s mutation %d", capture, i)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void randomStreamsKeepTheInvariants() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      byte[] stream = new byte[random.nextInt(1500)];
      for (int j = 0; j < stream.length; j++) {
        stream[j] = random.nextInt(4) == 0 ? (byte) random.nextInt(256)
            : ALPHABET[random.nextInt(ALPHABET.length)];
      }
      assertThatCode(() -> P1FuzzTarget.check(stream)).as("stream %d", i)
          .doesNotThrowAnyException();
    }
  }

  /** Flips, overwrites with a special byte, deletes or truncates: up to four edits. */
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
