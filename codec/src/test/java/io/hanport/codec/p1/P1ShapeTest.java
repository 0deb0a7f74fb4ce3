package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.P1Frame;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A decoder that has read one telegram builds the next from its shape when only digits differ
 * ({@link P1Shape}); whatever it builds must equal what a fresh decoder reads line by line.
 */
class P1ShapeTest {

  private static final int MUTANTS_PER_CAPTURE = 300;

  static java.util.List<String> decodable() {
    return Captures.decodable();
  }

  /**
   * Each capture, then copies with random digits changed (the shape applies), some with one other
   * byte changed too (it must not): both decoders agree on every one.
   */
  @ParameterizedTest
  @MethodSource("decodable")
  void mutatedTelegramsDecodeAsAFreshDecoderReadsThem(String capture) {
    byte[] raw = Recorder.frameWhole(Captures.bytes(capture)).frames.get(0).raw();
    P1Decoder shaped = new P1Decoder();
    String original = outcome(shaped, raw);
    assertThat(original).isEqualTo(outcome(new P1Decoder(), raw));
    Random random = new Random(capture.hashCode());
    for (int trial = 0; trial < MUTANTS_PER_CAPTURE; trial++) {
      byte[] mutant = mutate(raw, random);
      assertThat(outcome(shaped, mutant))
          .as("%s mutant %d: %s", capture, trial, text(mutant))
          .isEqualTo(outcome(new P1Decoder(), mutant));
      outcome(shaped, raw);
    }
  }

  @Test
  void aTelegramThatDiffersOnlyInDigitsReadsItsOwnValues() throws DecodeException {
    P1Decoder decoder = new P1Decoder();
    decoder.decode(frame("/ADN9 6534\r\n\r\n0-0:1.0.0(221004120000W)\r\n"
        + "1-0:1.8.0(00006678.394*kWh)\r\n1-0:1.7.0(0001.727*kW)\r\n!"));
    Telegram next = decoder.decode(frame("/ADN9 6534\r\n\r\n0-0:1.0.0(221004120010W)\r\n"
        + "1-0:1.8.0(00006678.401*kWh)\r\n1-0:1.7.0(0002.015*kW)\r\n!"));
    assertThat(value(next, ObisCode.of(1, 0, 1, 8, 0)))
        .isEqualTo(CosemValue.Quantity.of("6678.401", "kWh"));
    assertThat(value(next, ObisCode.of(1, 0, 1, 7, 0)))
        .isEqualTo(CosemValue.Quantity.of("2.015", "kW"));
    assertThat(value(next, ObisCode.of(0, 0, 1, 0, 0)))
        .isEqualTo(new CosemValue.Text("221004120010W"));
  }

  /** The unit is fixed in the shape: "m3" to "m4" is a new shape, not a new digit. */
  @Test
  void aDigitInAUnitIsNotFree() throws DecodeException {
    P1Decoder decoder = new P1Decoder();
    decoder.decode(frame("/XMX5\r\n\r\n0-1:24.2.1(00012.345*m3)\r\n!"));
    Telegram next = decoder.decode(frame("/XMX5\r\n\r\n0-1:24.2.1(00012.345*m4)\r\n!"));
    assertThat(((CosemValue.Quantity) value(next, ObisCode.of(0, 1, 24, 2, 1))).unit())
        .isEqualTo("m4");
  }

  /** Summer time turns the timestamp's W into S: read line by line, then a shape again. */
  @Test
  void summerTimeChangesTheShape() throws DecodeException {
    P1Decoder decoder = new P1Decoder();
    decoder.decode(frame("/ADN9 6534\r\n\r\n0-0:1.0.0(230326015959W)\r\n!"));
    Telegram summer = decoder.decode(frame("/ADN9 6534\r\n\r\n0-0:1.0.0(230326030000S)\r\n!"));
    assertThat(value(summer, ObisCode.of(0, 0, 1, 0, 0)))
        .isEqualTo(new CosemValue.Text("230326030000S"));
  }

  /**
   * Changes a few digits inside value groups (the shape applies), and in a quarter of the copies
   * also a digit anywhere (an OBIS code's, say) or any byte to anything (it must not).
   */
  private static byte[] mutate(byte[] raw, Random random) {
    byte[] mutant = raw.clone();
    int end = lastIndexOf(mutant, (byte) '!');
    for (int change = 0; change < 1 + random.nextInt(8); change++) {
      int at = random.nextInt(end);
      if (isDigit(mutant[at]) && insideValueGroup(mutant, at)) {
        mutant[at] = (byte) ('0' + random.nextInt(10));
      }
    }
    int at = random.nextInt(end);
    switch (random.nextInt(8)) {
      case 0:
        mutant[at] = (byte) random.nextInt(256);
        break;
      case 1:
        mutant[at] = isDigit(mutant[at]) ? (byte) ('0' + random.nextInt(10)) : mutant[at];
        break;
      default:
        break;
    }
    return mutant;
  }

  private static boolean insideValueGroup(byte[] raw, int at) {
    int i = at;
    while (i > 0 && raw[i] != '(' && raw[i] != ')' && raw[i] != '\n') {
      i--;
    }
    return raw[i] == '(';
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static String outcome(P1Decoder decoder, byte[] raw) {
    try {
      return decoder.decode(new P1Frame(0, raw, false)).toString();
    } catch (DecodeException e) {
      return "rejected: " + e.reason() + " " + e.detail();
    }
  }

  private static CosemValue value(Telegram telegram, ObisCode code) {
    return telegram.objects().stream().filter(object -> object.code().equals(code))
        .findFirst().orElseThrow().value();
  }

  private static P1Frame frame(String text) {
    return new P1Frame(0, text.getBytes(StandardCharsets.ISO_8859_1), false);
  }

  private static String text(byte[] raw) {
    return new String(raw, StandardCharsets.ISO_8859_1);
  }

  private static int lastIndexOf(byte[] raw, byte wanted) {
    int i = raw.length - 1;
    while (raw[i] != wanted) {
      i--;
    }
    return i;
  }
}
