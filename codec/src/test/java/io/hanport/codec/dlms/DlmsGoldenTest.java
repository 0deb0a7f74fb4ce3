package io.hanport.codec.dlms;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.dlms.testing.Captures;
import io.hanport.codec.dlms.testing.Outcomes;
import io.hanport.codec.dlms.testing.PublishedKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every DLMS capture (hdlc/, apdu/, mbus/, encrypted/) through the facade, compared in full with
 * its golden transcript (golden/FOLDER/NAME.txt): each reading's contract JSON with every field and
 * every OBIS object, each rejection with its reason and detail, each warning.
 *
 * <p>The transcripts were checked by hand against the manifest's reference decode and the source
 * projects' asserted values, with the bytes as the truth where those projects are wrong: Kaifa SE
 * voltages are 232.2 V, not 2322 V (0.1 V); Kamstrup gh239 (Sweden) counts 32014.158 kWh, not
 * 320141.580 (Wh, not 10 Wh); L+G E570 voltages are whole volts.
 */
class DlmsGoldenTest {

  static List<String> captures() {
    List<String> all = new ArrayList<>();
    for (String folder : List.of("hdlc", "apdu", "mbus", "encrypted")) {
      all.addAll(Captures.folder(folder));
    }
    return all;
  }

  @ParameterizedTest
  @MethodSource("captures")
  void captureDecodesToItsGoldenTranscript(String capture) {
    byte[] input = Captures.bytes(capture);
    DecoderOptions options = PublishedKeys.optionsFor(capture);

    List<String> outcomes = Outcomes.decode(options, input, input.length);

    assertThat(String.join("\n", outcomes) + "\n").isEqualTo(golden(capture));
  }

  @ParameterizedTest
  @MethodSource("captures")
  void captureDecodesTheSameForAnyChunking(String capture) {
    byte[] input = Captures.bytes(capture);
    DecoderOptions options = PublishedKeys.optionsFor(capture);
    List<String> whole = Outcomes.decode(options, input, input.length);

    assertThat(Outcomes.decode(options, input, 1)).isEqualTo(whole);
    assertThat(Outcomes.decode(options, input, 13)).isEqualTo(whole);
    assertThat(Outcomes.decodeRandomChunks(options, input, capture.hashCode())).isEqualTo(whole);
  }

  private static String golden(String capture) {
    String name = "/golden/" + capture.replace(".hex", ".txt");
    try (InputStream in = DlmsGoldenTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
