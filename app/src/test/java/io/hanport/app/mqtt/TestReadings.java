package io.hanport.app.mqtt;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Readings for MQTT tests, decoded from real captures where the codec reads them. */
final class TestReadings {

  private TestReadings() {}

  static MeterReading swedish(String meter, Instant received) {
    return decode("captures/p1_se_ell5_hanporten_7945.txt", meter, received);
  }

  static MeterReading dutch(String meter, Instant received) {
    return decode("captures/p1_dsmr_parser_v5.txt", meter, received);
  }

  /**
   * A Norwegian Kamstrup list as the DLMS profile emits it (OBIS codes with B = 1, PROTOCOLS.md
   * §6.5); built by hand so this test does not depend on the DLMS decoder.
   */
  static MeterReading norwegian(String meter, Instant received) {
    Telegram telegram =
        Telegram.dlms(
            List.of(
                text("1-1:0.2.129.255", "Kamstrup_V0001"),
                text("1-1:0.0.5.255", "5706567274389702"),
                text("1-1:96.1.1.255", "6841121BN243101040"),
                quantity("1-1:1.7.0.255", "1413", "W"),
                quantity("1-1:2.7.0.255", "0", "W"),
                quantity("1-1:31.7.0.255", "6.02", "A"),
                quantity("1-1:32.7.0.255", "230", "V"),
                quantity("1-1:1.8.0.255", "8352.35", "kWh")),
            Optional.of("2019-12-17T21:00:05"));
    Reading reading = new ReadingMapper(DecoderOptions.DEFAULT_ZONE).map(telegram);
    return new MeterReading(meter, "test", received, reading, new byte[0]);
  }

  private static MeterReading decode(String resource, String meter, Instant received) {
    byte[] bytes = resource(resource);
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
                throw new AssertionError("capture rejected: " + rejection);
              }
            });
    decoder.feed(bytes);
    decoder.finish();
    return readings.get(0);
  }

  private static CosemObject text(String code, String text) {
    return CosemObject.of(ObisCode.parse(code), new CosemValue.Text(text));
  }

  private static CosemObject quantity(String code, String value, String unit) {
    return CosemObject.of(ObisCode.parse(code), CosemValue.Quantity.of(value, unit));
  }

  static byte[] resource(String name) {
    try (InputStream in = TestReadings.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
