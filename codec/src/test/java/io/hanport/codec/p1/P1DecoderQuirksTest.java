package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.P1Frame;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One named test per real-world quirk, each on the capture that shows it (PROTOCOLS.md §7.2). */
class P1DecoderQuirksTest {

  /** Numbers keep the meter's digits and scale: 00006678.394 is 6678.394, 0000.000 is 0.000. */
  @Test
  void numbersKeepTheirScale_hanporten() throws DecodeException {
    Telegram telegram = decode("p1_se_ell5_hanporten_7945");

    assertThat(telegram.header()).isEqualTo("ELL5\\253833635_A");
    assertThat(value(telegram, "1-0:1.8.0")).isEqualTo(quantity("6678.394", "kWh"));
    assertThat(value(telegram, "1-0:2.7.0")).isEqualTo(quantity("0.000", "kW"));
    assertThat(value(telegram, "0-0:1.0.0")).isEqualTo(new CosemValue.Text("210217184019W"));
  }

  /** e-MUCS sends "000123.456kWh" without '*' (PROTOCOLS.md §3, openHAB flu5). */
  @Test
  void fluviusUnitWithoutStar() throws DecodeException {
    Telegram telegram = decode("p1_openhab_flu5");

    assertThat(value(telegram, "1-0:1.8.1")).isEqualTo(quantity("123.456", "kWh"));
    assertThat(value(telegram, "1-0:32.7.0")).isEqualTo(quantity("234.5", "V"));
    assertThat(value(telegram, "1-0:31.7.0")).isEqualTo(quantity("5", "A"));
  }

  /** DSMR 2.2: 0-1:24.3.0(TST)(00)(60)(1)(0-1:24.2.1)(m3), value "(00001.001)" on the next line. */
  @Test
  void dsmr22GasValueOnNextLine() throws DecodeException {
    Telegram telegram = decode("p1_dsmr_parser_v2_2");

    assertThat(object(telegram, "0-1:24.3.0")).isEqualTo(CosemObject.captured(
        ObisCode.parse("0-1:24.3.0"), quantity("1.001", "m3"), "161107190000"));
    assertThat(value(telegram, "0-1:24.4.0")).isEqualTo(new CosemValue.Text("1"));
  }

  /** EasyMeter Q3D writes value group F as "*255" (PROTOCOLS.md §1.4). */
  @Test
  void easyMeterObisWithStar255() throws DecodeException {
    Telegram telegram = decode("p1_dsmr_parser_esy5q3db1024_v304");

    assertThat(object(telegram, "1-0:1.8.0").code()).isEqualTo(ObisCode.of(1, 0, 1, 8, 0));
    assertThat(value(telegram, "1-0:1.8.0")).isEqualTo(quantity("52185.7825309", "kWh"));
    assertThat(value(telegram, "1-0:1.7.0")).isEqualTo(quantity("2124.86", "W"));
    assertThat(value(telegram, "1-0:0.0.0")).isEqualTo(new CosemValue.Text("0272031312565"));
  }

  /** openHAB dsmr_42 writes ".255" and wraps 96.13.0 over two lines; its CRC still verifies. */
  @Test
  void dsmr42DotF255AndWrappedTextMessage() throws DecodeException {
    Telegram telegram = decode("p1_openhab_dsmr_42");

    assertThat(value(telegram, "1-0:31.7.0")).isEqualTo(quantity("1", "A"));
    assertThat(((CosemValue.Text) value(telegram, "0-0:96.13.0")).text())
        .hasSize(160).doesNotContain("\r", "\n").endsWith("3C3D3E3F");
  }

  /** L+G E350 (DSMR 2.x) sends no blank line after the header and no CRC. */
  @Test
  void missingBlankLineAfterHeader_landisGyrE350() throws DecodeException {
    Telegram telegram = decode("p1_openhab_landis_gyr_e350");

    assertThat(telegram.header()).isEqualTo("XMX5XMXABCE000015779");
    assertThat(telegram.objects()).hasSize(10);
    assertThat(telegram.objects().get(0).code()).isEqualTo(ObisCode.parse("0-0:96.1.1"));
  }

  /** Smarty sends reactive power and the limiter without a unit (PROTOCOLS.md §4). */
  @Test
  void smartyValuesWithoutUnit() throws DecodeException {
    Telegram telegram = decode("p1_openhab_smarty");

    assertThat(value(telegram, "1-0:4.7.0")).isEqualTo(quantity("0.007", ""));
    assertThat(value(telegram, "0-0:17.0.0")).isEqualTo(quantity("77.376", ""));
  }

  /** Austrian T210-D counts in Wh, W and varh (PROTOCOLS.md §5). */
  @Test
  void austrianWhUnitsAreKeptAsSent() throws DecodeException {
    Telegram telegram = decode("p1_dsmr_parser_sagemcom_t210_d_r");

    assertThat(value(telegram, "1-0:1.8.0")).isEqualTo(quantity("6545766", "Wh"));
    assertThat(value(telegram, "1-0:4.8.0")).isEqualTo(quantity("3897726", "varh"));
  }

  /** Kamstrup and L+G capitalise "kVArh"/"kVAr"; the unit is kept as sent. */
  @Test
  void kamstrupCapitalisedReactiveUnits() throws DecodeException {
    Telegram telegram = decode("p1_se_kam5_gh934");

    assertThat(value(telegram, "1-0:3.8.0")).isEqualTo(quantity("1724.067", "kVArh"));
    assertThat(value(telegram, "1-0:4.7.0")).isEqualTo(quantity("0.119", "kVAr"));
  }

  /** A dead M-Bus channel: empty id "()" and a reading without unit (dsmr_parser two_mbus). */
  @Test
  void emptyMbusChannelAndValueWithoutUnit() throws DecodeException {
    Telegram telegram = decode("p1_dsmr_parser_v5_two_mbus");

    assertThat(value(telegram, "0-1:96.1.0")).isEqualTo(new CosemValue.Text(""));
    assertThat(object(telegram, "0-1:24.2.1")).isEqualTo(CosemObject.captured(
        ObisCode.parse("0-1:24.2.1"), quantity("0", ""), "700101010000W"));
    assertThat(object(telegram, "0-2:24.2.1").captureTime()).contains("200426223001S");
  }

  /** Bogus capture time 632525252525W is kept raw; the mapper decides what it means. */
  @Test
  void bogusGasTimestampIsKeptRaw_fluvius() throws DecodeException {
    Telegram telegram = decode("p1_openhab_flu5_invalid_gasmeter");

    assertThat(object(telegram, "0-1:24.2.3")).isEqualTo(CosemObject.captured(
        ObisCode.parse("0-1:24.2.3"), quantity("0.000", ""), "632525252525W"));
  }

  /** Belgian month peak 1-0:1.6.0(TST)(kW) and the 13-month history 98.1.0 (PROTOCOLS.md §3). */
  @Test
  void belgianDemandRegisters() throws DecodeException {
    Telegram telegram = decode("p1_dsmr_parser_fluvius_v171");

    assertThat(object(telegram, "1-0:1.6.0")).isEqualTo(CosemObject.captured(
        ObisCode.parse("1-0:1.6.0"), quantity("2.589", "kW"), "200509134558S"));
    assertThat(value(telegram, "0-0:98.1.0")).isEqualTo(new CosemValue.Text(
        "(3)(1-0:1.6.0)(1-0:1.6.0)(200501000000S)(200423192538S)(03.695*kW)"
            + "(200401000000S)(200305122139S)(05.980*kW)"
            + "(200301000000S)(200210035421W)(04.318*kW)"));
    assertThat(object(telegram, "0-1:24.2.3").captureTime()).contains("200512134558S");
  }

  /** The power-failure log, rubbish entries included, stays the raw value groups. */
  @Test
  void powerFailureLogIsKeptAsRawGroups_kaifa() throws DecodeException {
    Telegram telegram = decode("p1_dsmr_parser_v4_2");

    assertThat(value(telegram, "1-0:99.97.0")).isEqualTo(new CosemValue.Text(
        "(3)(0-0:96.7.19)(000104180320W)(0000237126*s)(000101000001W)(2147583646*s)"
            + "(000102000003W)(2317482647*s)"));
    assertThat(value(telegram, "0-0:96.7.21")).isEqualTo(quantity("15", ""));
  }

  /**
   * Elgama repeats 0-0:17.0.0 three times; every line is kept. The capture's CRC fails (redacted
   * id), so the frame is built directly: the decoder's input is content, whatever its CRC state.
   */
  @Test
  void elgamaDuplicateLimiterLinesAreKept() throws DecodeException {
    byte[] capture = Captures.bytes("p1_pl_egm5_gama150_gh1177");
    Telegram telegram = new P1Decoder().decode(new P1Frame(0, capture, false));

    List<CosemObject> limiter = telegram.objects().stream()
        .filter(object -> object.code().equals(ObisCode.parse("0-0:17.0.0")))
        .collect(Collectors.toList());
    assertThat(limiter).hasSize(3)
        .allSatisfy(object -> assertThat(object.value()).isEqualTo(quantity("16500", "")));
    assertThat(value(telegram, "0-0:96.1.0")).isEqualTo(new CosemValue.Text("3134<redacted>"));
  }

  /** Slovenian Iskra: C = 0 and C = 97 codes hold text although they are all digits. */
  @Test
  void unknownGeneralPurposeCodesStayText_iskraSlovenia() throws DecodeException {
    Telegram telegram = decode("p1_si_isk5_am550_gh1037");

    assertThat(value(telegram, "1-0:0.9.1")).isEqualTo(new CosemValue.Text("222553"));
    assertThat(value(telegram, "0-0:97.97.0")).isEqualTo(new CosemValue.Text("00000000"));
    assertThat(value(telegram, "1-0:32.7.0")).isEqualTo(quantity("234.6", "V"));
  }

  static Telegram decode(String capture) throws DecodeException {
    Recorder recorder = Recorder.frameWhole(Captures.bytes(capture));
    assertThat(recorder.frames).hasSize(1);
    return new P1Decoder().decode(recorder.frames.get(0));
  }

  static CosemObject object(Telegram telegram, String code) {
    ObisCode wanted = ObisCode.parse(code);
    Optional<CosemObject> found = telegram.objects().stream()
        .filter(object -> object.code().equals(wanted)).findFirst();
    assertThat(found).as("object %s", code).isPresent();
    return found.get();
  }

  static CosemValue value(Telegram telegram, String code) {
    return object(telegram, code).value();
  }

  static CosemValue.Quantity quantity(String decimal, String unit) {
    return new CosemValue.Quantity(new BigDecimal(decimal), unit);
  }
}
