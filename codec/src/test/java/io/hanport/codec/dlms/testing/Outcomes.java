package io.hanport.codec.dlms.testing;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Everything a {@link MeterDecoder} reports for an input, one line per outcome in order: {@code
 * reading <contract JSON>}, {@code rejected: <reason at byte n: detail>} or {@code warning: …}.
 */
public final class Outcomes implements MeterDecoder.Listener {

  private final List<String> lines = new ArrayList<>();

  /** Decodes the input fed in chunks of {@code chunk} bytes. */
  public static List<String> decode(DecoderOptions options, byte[] input, int chunk) {
    Outcomes outcomes = new Outcomes();
    MeterDecoder decoder = new MeterDecoder(options, outcomes);
    for (int at = 0; at < input.length; at += chunk) {
      decoder.feed(input, at, Math.min(chunk, input.length - at));
    }
    decoder.finish();
    return outcomes.lines;
  }

  /** Decodes the input fed in random chunks of 1 to 64 bytes. */
  public static List<String> decodeRandomChunks(DecoderOptions options, byte[] input, long seed) {
    Random random = new Random(seed);
    Outcomes outcomes = new Outcomes();
    MeterDecoder decoder = new MeterDecoder(options, outcomes);
    int at = 0;
    while (at < input.length) {
      int chunk = Math.min(1 + random.nextInt(64), input.length - at);
      decoder.feed(input, at, chunk);
      at += chunk;
    }
    decoder.finish();
    return outcomes.lines;
  }

  @Override
  public void decoded(Reading reading, Frame frame) {
    lines.add("reading " + reading.toJson());
  }

  @Override
  public void rejected(Rejection rejection) {
    lines.add("rejected: " + rejection);
  }

  @Override
  public void warning(String message) {
    lines.add("warning: " + message);
  }
}
