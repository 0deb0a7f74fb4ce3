package io.hanport.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What the simulator sends, the codec reads: an hour of frames fed as one stream in random chunks
 * decodes with zero rejections, one reading per frame, each reading holding what the meter knew.
 */
class DecoderRoundTripTest {

  private static final Instant START = Instant.parse("2024-06-21T09:00:00Z");

  private final List<Reading> readings = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();

  @Test
  void swedishTelegramsDecodeWithoutRejection() {
    List<SimulatedFrame> frames = decodeAnHour(Profile.SE_P1, ZoneId.of("Europe/Stockholm"));

    assertThat(rejections).isEmpty();
    assertThat(readings).hasSize(frames.size()).hasSize(360);
    assertReadingsMatchTheMeter(Profile.SE_P1);
    assertThat(readings.get(0).text(Field.HEADER)).hasValue(SwedishP1Encoder.HEADER);
  }

  @Test
  void dutchTelegramsDecodeWithoutRejectionIncludingTheGasChannel() {
    List<SimulatedFrame> frames = decodeAnHour(Profile.NL_DSMR5, ZoneId.of("Europe/Amsterdam"));

    assertThat(rejections).isEmpty();
    assertThat(readings).hasSize(frames.size()).hasSize(3600);
    assertReadingsMatchTheMeter(Profile.NL_DSMR5);
    Reading last = readings.get(readings.size() - 1);
    assertThat(last.mbus()).hasSize(1);
    assertThat(last.text(Field.TARIFF)).hasValue("0002");
    assertThat(last.text(Field.METER_TIME)).hasValue("2024-06-21T11:59:59+02:00");
  }

  private List<SimulatedFrame> decodeAnHour(Profile profile, ZoneId zone) {
    List<SimulatedFrame> frames = new ArrayList<>();
    Simulator.create(profile, 6, START).generate(START.plus(Duration.ofHours(1)), frames::add);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    frames.forEach(frame -> stream.writeBytes(frame.bytes()));
    byte[] bytes = stream.toByteArray();
    MeterDecoder decoder = new MeterDecoder(DecoderOptions.defaults().withZone(zone),
        new MeterDecoder.Listener() {
          @Override
          public void decoded(Reading reading, Frame frame) {
            readings.add(reading);
          }

          @Override
          public void rejected(Rejection rejection) {
            rejections.add(rejection);
          }
        });
    SplittableRandom chunks = new SplittableRandom(1);
    for (int offset = 0; offset < bytes.length; ) {
      int length = Math.min(bytes.length - offset, 1 + chunks.nextInt(600));
      decoder.feed(bytes, offset, length);
      offset += length;
    }
    decoder.finish();
    return frames;
  }

  /** Power and energy of each reading equal the readout the frame was encoded from. */
  private void assertReadingsMatchTheMeter(Profile profile) {
    Simulator simulator = Simulator.create(profile, 6, START);
    for (Reading reading : readings) {
      MeterReadout readout = simulator.readout(simulator.next().time());
      assertThat(reading.decimal(Field.POWER_IMPORT_W))
          .hasValue(BigDecimal.valueOf(readout.totals().activeImportW()));
      assertThat(reading.decimal(Field.POWER_EXPORT_W))
          .hasValue(BigDecimal.valueOf(readout.totals().activeExportW()));
      assertThat(reading.decimal(Field.ENERGY_IMPORT_KWH).orElseThrow())
          .isEqualByComparingTo(
              BigDecimal.valueOf(Registers.wh(readout.registers().importWs()), 3));
    }
  }
}
