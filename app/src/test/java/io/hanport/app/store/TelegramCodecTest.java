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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Raw readings are stored as telegrams and read back as the exact contract JSON. */
class TelegramCodecTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final Instant RECEIVED = Instant.parse("2026-11-26T12:00:03.250Z");

  @Test
  void aDlmsReadingWithNotificationTimeIdsAndHugeNumbersComesBackAsItsJson() {
    Telegram telegram =
        Telegram.dlms(
                List.of(
                    text("1-1:0.2.129.255", "AIDON_V0001"),
                    text("0-0:96.1.0", "7359992895435917"),
                    number("1-0:1.7.0", "1234", "W"),
                    number("1-0:1.8.0", "123456789012345678901234.5678", "Wh"),
                    number("1-0:32.7.0", "-0.1", "V"),
                    CosemObject.captured(
                        ObisCode.parse("1-0:1.6.0"),
                        CosemValue.Quantity.of("4.2", "kW"),
                        "2026-11-01T07:15:00+01:00")),
                Optional.of("2026-11-26T13:00:03"))
            .asDecrypted();
    assertRoundTrip(
        new MeterReading(
            "aidon",
            "serial:/dev/ttyUSB0",
            RECEIVED,
            new ReadingMapper(OSLO).map(telegram),
            new byte[] {1, 2}));
  }

  @Test
  void aDsmrReadingWithGasAndAMeterTimeComesBackAsItsJson() {
    Telegram telegram =
        Telegram.dsmr(
            "ISk5\\2MT382-1000",
            List.of(
                text("0-0:1.0.0", "261126130003W"),
                text("0-0:96.1.1", "4B384547303034303436333935353037"),
                number("1-0:1.8.1", "001234.567", "kWh"),
                number("1-0:1.8.2", "000765.432", "kWh"),
                text("0-0:96.14.0", "0002"),
                text("0-1:96.1.0", "3232323241424344313233343536373839"),
                CosemObject.captured(
                    ObisCode.parse("0-1:24.2.1"),
                    CosemValue.Quantity.of("01234.567", "m3"),
                    "261126130000W")));
    assertRoundTrip(
        new MeterReading(
            "home", "tcp://p1:23", RECEIVED, new ReadingMapper(OSLO).map(telegram), new byte[0]));
  }

  private static void assertRoundTrip(MeterReading reading) {
    byte[] stored = TelegramCodec.encode(reading);
    String json =
        TelegramCodec.decode(stored).toJson(reading.meter(), RECEIVED, new ReadingMapper(OSLO));
    assertThat(json).isEqualTo(reading.toJson());
    assertThat(stored.length).isLessThan(json.length());
  }

  private static CosemObject text(String code, String text) {
    return CosemObject.of(ObisCode.parse(code), new CosemValue.Text(text));
  }

  private static CosemObject number(String code, String value, String unit) {
    return CosemObject.of(
        ObisCode.parse(code), new CosemValue.Quantity(new BigDecimal(value), unit));
  }
}
