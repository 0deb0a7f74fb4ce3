package io.hanport.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.ReadingMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Raw readings written against their meter's first reading ({@link TelegramTemplate}) come back as
 * the exact contract JSON, whatever changed; a reading with another layout is deflated instead, the
 * form every row had before the template, which therefore stays readable.
 */
class TelegramTemplateTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final Instant RECEIVED = Instant.parse("2026-11-26T12:00:03.250Z");
  private static final ReadingMapper MAPPER = new ReadingMapper(OSLO);

  private final RawCodec codec = new RawCodec(6);
  private final MeterState meter = new MeterState(1, "home", 0, 0);

  @Test
  void aSwedishMetersReadingsAreCompactAndComeBackExactly() {
    SwedishMeter swedish = new SwedishMeter("main", StoreFixture.HEADER);
    long importWh = 12_345_678;
    for (int i = 0; i < 100; i++) {
      Instant time = RECEIVED.plusSeconds(10L * i);
      int powerW = Series.powerAt(time);
      importWh += powerW / 360;
      byte[] stored = assertRoundTrip(swedish.reading(time, importWh, 17, powerW));
      assertThat(TelegramTemplate.isCompact(stored)).isTrue();
      assertThat(stored.length).isLessThan(100);
    }
  }

  @Test
  void whatTheTemplateCannotExpressIsWrittenOutAndStillComesBackExactly() {
    assertRoundTrip(dsmr("ISk5\\2MT382-1000", "tcp://p1:23", "261126130003W", "001234.567", "kWh"));
    List<MeterReading> changed =
        List.of(
            dsmr("ISk5\\2MT382-1000", "tcp://p1:23", "261126130013W", "001234.5678", "kWh"),
            dsmr("ISk5\\2MT382-1000", "tcp://p1:23", "261126130023W", "1234.567", "Wh"),
            dsmr("ISk5\\2MT382-1000", "tcp://p1:23", "261126130033W", "1E+30", "kWh"),
            dsmr(
                "ISk5\\2MT382-1000", "tcp://p1:23", "261126130043W", "1234567890123456.789", "kWh"),
            dsmr("ISk5\\2MT382-1001", "serial:/dev/ttyUSB0", "", "-000001.000", "kWh"),
            dsmr("ISk5\\2MT382-1000", "tcp://p1:23", "Zeit für Strom", "001234.568", "kWh"));
    for (MeterReading reading : changed) {
      assertThat(TelegramTemplate.isCompact(assertRoundTrip(reading))).isTrue();
    }
  }

  @Test
  void aDlmsReadingWithAnotherProtocolEncryptionAndNotificationTimeComesBackExactly() {
    assertRoundTrip(dsmr("ISk5\\2MT382-1000", "tcp://p1:23", "261126130003W", "1.000", "kWh"));
    Telegram dlms =
        Telegram.dlms(
                List.of(
                    text("0-0:1.0.0", ""),
                    text("0-0:96.1.1", "7359992895435917"),
                    number("1-0:1.8.1", "1234567", "Wh"),
                    number("1-0:1.7.0", "1193", "W"),
                    captured("0-1:24.2.1", "01234.567", "m3", "2026-11-26T13:00:00+01:00")),
                Optional.of("2026-11-26T13:00:03"))
            .asDecrypted();
    MeterReading reading =
        new MeterReading("home", "mqtt://broker/han", RECEIVED, MAPPER.map(dlms), new byte[0]);
    assertThat(TelegramTemplate.isCompact(assertRoundTrip(reading))).isTrue();
  }

  @Test
  void aReadingWithAnotherLayoutIsDeflatedAsBeforeAndComesBackExactly() {
    assertRoundTrip(dsmr("ISk5\\2MT382-1000", "tcp://p1:23", "261126130003W", "1.000", "kWh"));
    List<CosemObject> more = new ArrayList<>(objects("261126130013W", "1.001", "kWh"));
    more.add(text("0-0:96.13.0", "a message from the grid operator"));
    MeterReading reading = reading(Telegram.dsmr("ISk5\\2MT382-1000", more), "tcp://p1:23");
    assertThat(TelegramTemplate.isCompact(assertRoundTrip(reading))).isFalse();
    MeterReading accented = dsmr("Zähler\\2MT382", "tcp://p1:23", "261126130023W", "1.002", "kWh");
    assertThat(TelegramTemplate.isCompact(assertRoundTrip(accented))).isFalse();
  }

  private byte[] assertRoundTrip(MeterReading reading) {
    byte[] stored = codec.encode(reading, meter);
    String json =
        new RawCodec.Reader()
            .decode(stored, meter.dictionary)
            .toJson(reading.meter(), reading.received(), MAPPER);
    assertThat(json).isEqualTo(reading.toJson());
    return stored;
  }

  private static MeterReading dsmr(
      String header, String source, String clock, String energy, String energyUnit) {
    return reading(Telegram.dsmr(header, objects(clock, energy, energyUnit)), source);
  }

  private static List<CosemObject> objects(String clock, String energy, String energyUnit) {
    return List.of(
        text("0-0:1.0.0", clock),
        text("0-0:96.1.1", "4B384547303034303436333935353037"),
        number("1-0:1.8.1", energy, energyUnit),
        number("1-0:1.7.0", "01.193", "kW"),
        captured("0-1:24.2.1", "01234.567", "m3", clock));
  }

  private static MeterReading reading(Telegram telegram, String source) {
    return new MeterReading("home", source, RECEIVED, MAPPER.map(telegram), new byte[0]);
  }

  private static CosemObject text(String code, String text) {
    return CosemObject.of(ObisCode.parse(code), new CosemValue.Text(text));
  }

  private static CosemObject number(String code, String value, String unit) {
    return CosemObject.of(
        ObisCode.parse(code), new CosemValue.Quantity(new BigDecimal(value), unit));
  }

  private static CosemObject captured(String code, String value, String unit, String time) {
    return CosemObject.captured(
        ObisCode.parse(code), new CosemValue.Quantity(new BigDecimal(value), unit), time);
  }
}
