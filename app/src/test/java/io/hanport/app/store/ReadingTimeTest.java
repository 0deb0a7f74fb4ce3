package io.hanport.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The time a reading is stored under (READING.md {@code meter_time}). */
class ReadingTimeTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final Instant RECEIVED = Instant.parse("2026-11-26T12:00:03Z");
  private final ReadingTime readingTime = new ReadingTime(OSLO);

  @Test
  void dsmrTimeWithOffsetIsTheInstantItNames() {
    Reading summer = dsmr("260712143005S");
    Reading winter = dsmr("261225000000W");

    assertThat(readingTime.epochMillis(summer, RECEIVED))
        .isEqualTo(Instant.parse("2026-07-12T12:30:05Z").toEpochMilli());
    assertThat(readingTime.epochMillis(winter, RECEIVED))
        .isEqualTo(Instant.parse("2026-12-24T23:00:00Z").toEpochMilli());
  }

  @Test
  void theDigitParserAgreesWithJavaTimeAcrossCenturiesAndOffsets() {
    for (String iso :
        List.of(
            "1999-12-31T23:59:59+01:00",
            "2000-02-29T00:00:00-03:30",
            "2026-03-29T03:00:00+02:00",
            "2099-01-01T00:00:00+00:00")) {
      assertThat(readingTime.epochMillis(dlms(iso), RECEIVED))
          .as(iso)
          .isEqualTo(java.time.OffsetDateTime.parse(iso).toInstant().toEpochMilli());
    }
  }

  @Test
  void dlmsLocalTimeWithoutOffsetIsLocalInTheStoreZone() {
    assertThat(readingTime.epochMillis(dlms("2026-11-26T13:00:00"), RECEIVED))
        .isEqualTo(Instant.parse("2026-11-26T12:00:00Z").toEpochMilli());
  }

  @Test
  void withoutAMeterTimeTheReceiveTimeCounts() {
    Reading noClock = new ReadingMapper(OSLO).map(Telegram.dsmr("ELL5", List.of(power())));
    assertThat(readingTime.epochMillis(noClock, RECEIVED)).isEqualTo(RECEIVED.toEpochMilli());
  }

  private static Reading dsmr(String timestamp) {
    CosemObject clock = CosemObject.of(ObisCode.parse("0-0:1.0.0"), new CosemValue.Text(timestamp));
    return new ReadingMapper(OSLO).map(Telegram.dsmr("ELL5", List.of(clock, power())));
  }

  private static Reading dlms(String iso) {
    return new ReadingMapper(OSLO).map(Telegram.dlms(List.of(power()), Optional.of(iso)));
  }

  private static CosemObject power() {
    return CosemObject.of(ObisCode.parse("1-0:1.7.0"), CosemValue.Quantity.of("1.234", "kW"));
  }
}
