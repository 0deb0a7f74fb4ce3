package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import io.hanport.codec.wire.DecodeException;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decodable capture all the way to the reading contract (READING.md): framed, decoded and
 * mapped in the default zone, the reading's JSON compared in full with golden/p1/NAME.reading.json.
 * The golden readings were checked field by field against an independent application of
 * READING.md's rules to the telegram goldens and against the source projects' asserted values
 * (for instance 1011 W, not amshan's 1010 W, for the E360's "0001.011*kW").
 */
class P1ReadingGoldenTest {

  private static final ZoneId DSMR_ZONE = ZoneId.of("Europe/Stockholm");

  static List<String> decodable() {
    return Captures.decodable();
  }

  @ParameterizedTest
  @MethodSource("decodable")
  void captureMapsToItsGoldenReading(String name) throws DecodeException {
    Recorder recorder = Recorder.frameWhole(Captures.bytes(name));
    assertThat(recorder.frames).hasSize(1);

    Reading reading = new ReadingMapper(DSMR_ZONE)
        .map(new P1Decoder().decode(recorder.frames.get(0)));

    assertThat(reading.toJson() + "\n").isEqualTo(Captures.golden(name + ".reading.json"));
  }
}
