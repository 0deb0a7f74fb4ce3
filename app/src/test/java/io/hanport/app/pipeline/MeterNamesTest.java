package io.hanport.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.source.TestCaptures;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.CosemValue.Quantity;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default meter name: from what the meter says, the same after every restart. */
class MeterNamesTest {

  @Test
  void aSwedishTelegramIsNamedByItsHeader() {
    MeterNames names = new MeterNames(Optional.empty(), "serial:/dev/ttyUSB0");

    assertThat(names.nameFor(reading(TestCaptures.SWEDISH))).isEqualTo("ell5-253833635-a");
    assertThat(names.nameFor(reading(TestCaptures.SWEDISH_E360))).isEqualTo("lgf5e360");
  }

  @Test
  void aMeterIdWinsOverTheHeader() {
    MeterNames names = new MeterNames(Optional.empty(), "serial:/dev/ttyUSB0");

    assertThat(names.nameFor(reading(TestCaptures.DUTCH_DSMR5))).isEqualTo("k8eg004046395507");
  }

  @Test
  void theInputsNameWinsOverAll() {
    MeterNames names = new MeterNames(Optional.of("home"), "serial:/dev/ttyUSB0");

    assertThat(names.nameFor(reading(TestCaptures.DUTCH_DSMR5))).isEqualTo("home");
  }

  /** Kaifa list 1 carries power only; list 2 the meter id (PROTOCOLS.md §6.5). */
  @Test
  void aReadingWithoutIdentityTakesTheLastNameOrElseTheInputs() {
    MeterNames names = new MeterNames(Optional.empty(), "serial:/dev/ttyUSB0");
    Reading list1 = dlms(CosemObject.of(ObisCode.parse("1-0:1.7.0"), Quantity.of("764", "W")));
    Reading list2 =
        dlms(
            CosemObject.of(ObisCode.parse("0-0:96.1.0"), new CosemValue.Text("6970631401753985")),
            CosemObject.of(ObisCode.parse("1-0:1.7.0"), Quantity.of("764", "W")));

    assertThat(names.nameFor(list1)).isEqualTo("serial-dev-ttyusb0");
    assertThat(names.nameFor(list2)).isEqualTo("6970631401753985");
    assertThat(names.nameFor(list1)).isEqualTo("6970631401753985");
  }

  @Test
  void slugsAreSafeInTopicsAndUrls() {
    assertThat(MeterNames.slug("serial:/dev/ttyUSB0")).isEqualTo("serial-dev-ttyusb0");
    assertThat(MeterNames.slug("ISk5\\2MT382-1000")).isEqualTo("isk5-2mt382-1000");
    assertThat(MeterNames.slug("--/ADN9 6534--")).isEqualTo("adn9-6534");
  }

  private static Reading dlms(CosemObject... objects) {
    return new ReadingMapper(DecoderOptions.DEFAULT_ZONE)
        .map(Telegram.dlms(List.of(objects), Optional.empty()));
  }

  private static Reading reading(String capture) {
    List<Reading> readings = new ArrayList<>();
    MeterDecoder decoder =
        new MeterDecoder(
            DecoderOptions.defaults(),
            new MeterDecoder.Listener() {
              @Override
              public void decoded(Reading reading, Frame frame) {
                readings.add(reading);
              }

              @Override
              public void rejected(Rejection rejection) {}
            });
    decoder.feed(TestCaptures.bytes(capture));
    return readings.get(0);
  }
}
