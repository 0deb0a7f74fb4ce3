package io.hanport.app.web;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Readings for the web tests, decoded by the real codec from frames. */
final class WebReadings {

  /** The Swedish ELL5 telegram, capture p1_se_ell5_hanporten_7945 (MANIFEST.md). */
  static final String SWEDISH_CAPTURE = "captures/p1_se_ell5_hanporten_7945.txt";

  private WebReadings() {}

  static MeterReading swedish(String meter, Instant received) {
    return decode(resource(SWEDISH_CAPTURE), meter, received).get(0);
  }

  /** Every reading in {@code bytes}; fails the test on any rejected frame. */
  static List<MeterReading> decode(byte[] bytes, String meter, Instant received) {
    List<MeterReading> readings = new ArrayList<>();
    MeterDecoder decoder =
        new MeterDecoder(
            DecoderOptions.defaults(),
            new MeterDecoder.Listener() {
              @Override
              public void decoded(Reading reading, Frame frame) {
                readings.add(new MeterReading(meter, "test", received, reading, frame.raw()));
              }

              @Override
              public void rejected(Rejection rejection) {
                throw new AssertionError("frame rejected: " + rejection);
              }
            });
    decoder.feed(bytes, 0, bytes.length);
    decoder.finish();
    return readings;
  }

  static byte[] resource(String name) {
    try (InputStream in = WebReadings.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
