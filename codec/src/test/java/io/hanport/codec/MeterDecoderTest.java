package io.hanport.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.dlms.testing.Captures;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The auto-detecting facade: outcomes per capture, for any chunking, with garbage between. */
class MeterDecoderTest {

  static Stream<String> p1Captures() {
    return Stream.of(list("captures/p1").split("\n")).map(name -> "captures/p1/" + name);
  }

  @ParameterizedTest
  @MethodSource("p1Captures")
  void everyCaptureDecodesTheSameForAnyChunking(String capture) {
    byte[] bytes = resource(capture);
    List<String> whole = decode(bytes, bytes.length);

    assertThat(decode(bytes, 1)).isEqualTo(whole);
    assertThat(decode(bytes, 7)).isEqualTo(whole);
    assertThat(decodeRandomChunks(bytes, 42)).isEqualTo(whole);
    for (int split = 1; split < bytes.length; split += 37) {
      assertThat(decodeSplitAt(bytes, split)).as("split at %d", split).isEqualTo(whole);
    }
  }

  @Test
  void swedishTelegramBecomesOneReading() {
    List<String> outcomes = decode(resource("captures/p1/p1_se_ell5_hanporten_7945.txt"), 64);

    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0))
        .startsWith("reading {\"protocol\":\"dsmr\",\"encrypted\":false,\"header\":\"ELL5\\\\253833635_A\"")
        .contains("\"energy_import_kwh\":6678.394,");
  }

  @Test
  void garbageBetweenTelegramsIsOneRejectionPerRunAndBothTelegramsDecode() {
    byte[] telegram = resource("captures/p1/p1_se_ell5_hanporten_7945.txt");
    byte[] stream = concat(telegram, ascii("line noise\r\n#@&%"), telegram);

    List<String> outcomes = decode(stream, 5);

    assertThat(outcomes).hasSize(3);
    assertThat(outcomes.get(1)).isEqualTo("rejected: GARBAGE at byte 712: 16 bytes that start no frame");
    assertThat(withoutOffset(outcomes.get(2))).isEqualTo(withoutOffset(outcomes.get(0)));
  }

  @Test
  void idleLineFillerIsNotGarbage_kamstrupLeadingCrLf() {
    byte[] stream =
        concat(new byte[] {'\r', '\n', 0, (byte) 0xFF}, resource("captures/p1/p1_no_kam5_amshan.txt"));

    List<String> outcomes = decode(stream, stream.length);

    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).startsWith("reading ");
  }

  @Test
  void falseStartInGarbageIsRejectedAndTheNextTelegramStillDecodes() {
    byte[] telegram = resource("captures/p1/p1_se_ell5_hanporten_7945.txt");
    byte[] stream = concat(ascii("/XYZ no end\r\n!ZZ\r\n"), telegram);

    List<String> outcomes = decode(stream, 3);

    assertThat(outcomes.get(outcomes.size() - 1)).startsWith("reading ");
    assertThat(outcomes.subList(0, outcomes.size() - 1)).allMatch(o -> o.startsWith("rejected: "));
  }

  @Test
  void badChecksumGivesARejectionAndNoReading() {
    List<String> outcomes =
        decode(resource("captures/p1/p1_dsmr_parser_v5_bad_crc_line_removed.txt"), 100);

    assertThat(outcomes).containsExactly("rejected: BAD_CHECKSUM at byte 0: expected 6EEE, computed A309");
  }

  @Test
  void telegramCutOffByTheEndOfInputIsTruncated() {
    byte[] telegram = resource("captures/p1/p1_se_ell5_hanporten_7945.txt");
    byte[] half = java.util.Arrays.copyOf(telegram, 300);

    assertThat(decode(half, half.length)).singleElement().asString().startsWith("rejected: TRUNCATED at byte 0");
  }

  /**
   * The framer that holds the stream reads each new chunk from the caller's array and only the
   * bytes it leaves unaccounted for are kept: telegrams back to back, then filler, garbage, an
   * HDLC frame, a bad checksum and a cut-off telegram must come out the same for every split and
   * chunk size, whichever of them a chunk boundary falls in or next to.
   */
  @Test
  void mixedStreamDecodesTheSameWhereverItsChunksEnd() {
    byte[] telegram = resource("captures/p1/p1_se_ell5_hanporten_7945.txt");
    byte[] badCrc = telegram.clone();
    badCrc[badCrc.length - 3] ^= 1;
    byte[] stream = concat(telegram, telegram, ascii("\r\n\0noise"),
        Captures.bytes("hdlc/hdlc_se_aidon_scaler_gh156.hex"), telegram, badCrc, telegram,
        java.util.Arrays.copyOf(telegram, 300));
    List<String> whole = decode(stream, stream.length);

    assertThat(whole).filteredOn(outcome -> outcome.startsWith("reading ")).hasSize(5);
    for (int split = 1; split < stream.length; split++) {
      assertThat(decodeSplitAt(stream, split)).as("split at %d", split).isEqualTo(whole);
    }
    for (int chunk : new int[] {1, 2, 3, 64, 700, 713, 1500, 4096}) {
      assertThat(decode(stream, chunk)).as("chunks of %d", chunk).isEqualTo(whole);
    }
  }

  private static String withoutOffset(String outcome) {
    return outcome.substring(0, outcome.lastIndexOf(" at "));
  }

  private static List<String> decode(byte[] bytes, int chunk) {
    Recorder recorder = new Recorder();
    MeterDecoder decoder = new MeterDecoder(DecoderOptions.defaults(), recorder);
    for (int at = 0; at < bytes.length; at += chunk) {
      decoder.feed(bytes, at, Math.min(chunk, bytes.length - at));
    }
    decoder.finish();
    return recorder.outcomes;
  }

  private static List<String> decodeSplitAt(byte[] bytes, int split) {
    Recorder recorder = new Recorder();
    MeterDecoder decoder = new MeterDecoder(DecoderOptions.defaults(), recorder);
    decoder.feed(bytes, 0, split);
    decoder.feed(bytes, split, bytes.length - split);
    decoder.finish();
    return recorder.outcomes;
  }

  private static List<String> decodeRandomChunks(byte[] bytes, long seed) {
    Random random = new Random(seed);
    Recorder recorder = new Recorder();
    MeterDecoder decoder = new MeterDecoder(DecoderOptions.defaults(), recorder);
    for (int at = 0; at < bytes.length; ) {
      int chunk = Math.min(1 + random.nextInt(64), bytes.length - at);
      decoder.feed(bytes, at, chunk);
      at += chunk;
    }
    decoder.finish();
    return recorder.outcomes;
  }

  private static final class Recorder implements MeterDecoder.Listener {
    final List<String> outcomes = new ArrayList<>();

    @Override
    public void decoded(Reading reading, Frame frame) {
      outcomes.add("reading " + reading.toJson() + " at " + frame.streamOffset());
    }

    @Override
    public void rejected(Rejection rejection) {
      outcomes.add("rejected: " + rejection);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int total = 0;
    for (byte[] part : parts) {
      total += part.length;
    }
    byte[] joined = new byte[total];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, joined, at, part.length);
      at += part.length;
    }
    return joined;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] resource(String name) {
    try (InputStream in = MeterDecoderTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String list(String folder) {
    try (InputStream in = MeterDecoderTest.class.getClassLoader().getResourceAsStream(folder)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
