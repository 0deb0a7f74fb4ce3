package io.hanport.codec.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingMapperTest {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private final ReadingMapper mapper = new ReadingMapper(STOCKHOLM);

  @Test
  void swedishTelegramMapsEveryFieldWithItsUnit() {
    Reading reading =
        mapper.map(
            dsmr(
                "ELL5\\253833635_A",
                text("0-0:1.0.0", "210217184019W"),
                quantity("1-0:1.8.0", "00006678.394", "kWh"),
                quantity("1-0:3.8.0", "00000021.988", "kvarh"),
                quantity("1-0:1.7.0", "0001.727", "kW"),
                quantity("1-0:4.7.0", "0000.309", "kVAr"),
                quantity("1-0:32.7.0", "240.3", "V"),
                quantity("1-0:31.7.0", "004.2", "A")));

    assertThat(reading.toJson())
        .startsWith(
            "{\"protocol\":\"dsmr\",\"encrypted\":false,\"header\":\"ELL5\\\\253833635_A\","
                + "\"meter_time\":\"2021-02-17T18:40:19+01:00\",\"energy_import_kwh\":6678.394,"
                + "\"reactive_energy_import_kvarh\":21.988,\"power_import_w\":1727,"
                + "\"reactive_power_export_var\":309,\"voltage_l1_v\":240.3,\"current_l1_a\":4.2,"
                + "\"obis\":{\"0-0:1.0.0\":{\"value\":\"210217184019W\"},"
                + "\"1-0:1.8.0\":{\"value\":6678.394,\"unit\":\"kWh\"},");
  }

  @Test
  void tariffRegistersAreSummedWhenTheTotalIsMissing() {
    Reading reading =
        mapper.map(
            dsmr(
                "KFM5KAIFA-METER",
                quantity("1-0:1.8.1", "001581.123", "kWh"),
                quantity("1-0:1.8.2", "001435.706", "kWh"),
                quantity("1-0:2.8.1", "000000.000", "kWh"),
                quantity("1-0:2.8.2", "000000.000", "kWh")));

    assertThat(reading.decimal(Field.ENERGY_IMPORT_KWH)).contains(new BigDecimal("3016.829"));
    assertThat(reading.decimal(Field.ENERGY_IMPORT_T1_KWH)).contains(new BigDecimal("1581.123"));
    assertThat(reading.decimal(Field.ENERGY_EXPORT_KWH)).contains(new BigDecimal("0.000"));
  }

  @Test
  void austrianWattHoursBecomeKilowattHours() {
    Reading reading =
        mapper.map(
            dsmr(
                "EST5\\253710000_A",
                quantity("1-0:1.8.0", "006545766", "Wh"),
                quantity("1-0:1.7.0", "000000352", "W")));

    assertThat(reading.decimal(Field.ENERGY_IMPORT_KWH)).contains(new BigDecimal("6545.766"));
    assertThat(reading.decimal(Field.POWER_IMPORT_W)).contains(new BigDecimal("352"));
  }

  @Test
  void reactivePowerWithoutUnitIsInDsmrKilovar_smarty() {
    Reading reading = mapper.map(dsmr("Lux5\\253663629_D", quantity("1-0:3.7.0", "00.012", "")));

    assertThat(reading.decimal(Field.REACTIVE_POWER_IMPORT_VAR)).contains(new BigDecimal("12"));
  }

  @Test
  void unitThatDoesNotFitTheFieldMapsToNothing() {
    Reading reading = mapper.map(dsmr("X", quantity("1-0:1.8.0", "12.5", "m3")));

    assertThat(reading.has(Field.ENERGY_IMPORT_KWH)).isFalse();
    assertThat(reading.objects()).hasSize(1);
  }

  @Test
  void hexEquipmentIdIsDecodedOnlyWhenPrintable() {
    Reading printable =
        mapper.map(dsmr("X", text("0-0:96.1.1", "4B384547303034303436333935353037")));
    Reading notPrintable = mapper.map(dsmr("X", text("0-0:96.1.1", "ADC3100000158491")));

    assertThat(printable.text(Field.METER_ID)).contains("K8EG004046395507");
    assertThat(notPrintable.text(Field.METER_ID)).contains("ADC3100000158491");
  }

  @Test
  void summerTimeStampHasSummerOffset() {
    Reading reading = mapper.map(dsmr("X", text("0-0:1.0.0", "200426223325S")));

    assertThat(reading.text(Field.METER_TIME)).contains("2020-04-26T22:33:25+02:00");
  }

  /** The offset is remembered per day of a month and season: neither may leak into another. */
  @Test
  void offsetsFollowSeasonLetterAndMonthAcrossTelegrams() {
    assertThat(meterTime("210315120000W")).isEqualTo("2021-03-15T12:00:00+01:00");
    assertThat(meterTime("210315120000S")).isEqualTo("2021-03-15T12:00:00+02:00");
    assertThat(meterTime("210415120000W")).isEqualTo("2021-04-15T12:00:00+01:00");
    assertThat(meterTime("210415120000")).isEqualTo("2021-04-15T12:00:00");
    assertThat(meterTime("210416120000S")).isEqualTo("2021-04-16T12:00:00+02:00");
    assertThat(meterTime("700101010000W")).isEqualTo("1970-01-01T01:00:00+01:00");
  }

  @Test
  void londonWinterOffsetIsWrittenAsZeroHours() {
    ReadingMapper london = new ReadingMapper(ZoneId.of("Europe/London"));

    Reading winter = london.map(dsmr("X", text("0-0:1.0.0", "210115120000W")));
    Reading summer = london.map(dsmr("X", text("0-0:1.0.0", "210115120000S")));

    assertThat(winter.text(Field.METER_TIME)).contains("2021-01-15T12:00:00+00:00");
    assertThat(summer.text(Field.METER_TIME)).contains("2021-01-15T12:00:00+01:00");
  }

  @Test
  void placeholderTimestampIsNotAMeterTime() {
    Reading reading = mapper.map(dsmr("X", text("0-0:1.0.0", "632525252525W")));

    assertThat(reading.has(Field.METER_TIME)).isFalse();
  }

  @Test
  void mbusChannelsBecomeDevicesAndEmptyOnesKeepOnlyWhatWasSent() {
    Reading reading =
        mapper.map(
            dsmr(
                "ISK5\\2M550T-1012",
                text("0-1:24.1.0", "003"),
                text("0-1:96.1.0", ""),
                captured("0-1:24.2.1", "00000000", "", "700101010000W"),
                text("0-2:24.1.0", "003"),
                text("0-2:96.1.0", "4730303339303031393336393930363139"),
                captured("0-2:24.2.1", "00246.138", "m3", "200426223001S")));

    assertThat(reading.mbus())
        .containsExactly(
            new MbusDevice(
                1,
                Optional.of(3),
                Optional.empty(),
                Optional.of(new BigDecimal("00000000")),
                Optional.empty(),
                Optional.of("1970-01-01T01:00:00+01:00")),
            new MbusDevice(
                2,
                Optional.of(3),
                Optional.of("G0039001936990619"),
                Optional.of(new BigDecimal("246.138")),
                Optional.of("m3"),
                Optional.of("2020-04-26T22:30:01+02:00")));
  }

  @Test
  void kamstrupChannelOneCodesFeedTheSameFields() {
    Reading reading =
        mapper.map(
            Telegram.dlms(
                List.of(
                    CosemObject.of(ObisCode.parse("1-1:1.7.0"), quantityValue("1413", "W")),
                    CosemObject.of(
                        ObisCode.parse("0-1:1.0.0"), new CosemValue.Text("2019-12-17T21:00:05"))),
                Optional.empty()));

    assertThat(reading.decimal(Field.POWER_IMPORT_W)).contains(new BigDecimal("1413"));
    assertThat(reading.text(Field.METER_TIME)).contains("2019-12-17T21:00:05");
    assertThat(reading.mbus()).isEmpty();
  }

  @Test
  void dlmsNotificationTimeStandsInForAMissingClock() {
    Reading reading = mapper.map(Telegram.dlms(List.of(), Optional.of("2020-01-02T03:04:05+01:00")));

    assertThat(reading.text(Field.METER_TIME)).contains("2020-01-02T03:04:05+01:00");
    assertThat(reading.toJson())
        .isEqualTo(
            "{\"protocol\":\"dlms\",\"encrypted\":false,"
                + "\"meter_time\":\"2020-01-02T03:04:05+01:00\",\"obis\":{}}");
  }

  @Test
  void mbusReadingThatIsNotANumberOpensNoChannel() {
    Reading reading = mapper.map(dsmr("X", text("0-2:24.2.1", "(632525252525W)(garbage)")));

    assertThat(reading.mbus()).isEmpty();
  }

  private String meterTime(String timestamp) {
    return mapper.map(dsmr("X", text("0-0:1.0.0", timestamp))).text(Field.METER_TIME).orElseThrow();
  }

  private static Telegram dsmr(String header, CosemObject... objects) {
    return Telegram.dsmr(header, new ArrayList<>(List.of(objects)));
  }

  private static CosemObject quantity(String code, String value, String unit) {
    return CosemObject.of(ObisCode.parse(code), quantityValue(value, unit));
  }

  private static CosemValue.Quantity quantityValue(String value, String unit) {
    return CosemValue.Quantity.of(value, unit);
  }

  private static CosemObject captured(String code, String value, String unit, String time) {
    return CosemObject.captured(ObisCode.parse(code), quantityValue(value, unit), time);
  }

  private static CosemObject text(String code, String text) {
    return CosemObject.of(ObisCode.parse(code), new CosemValue.Text(text));
  }
}
