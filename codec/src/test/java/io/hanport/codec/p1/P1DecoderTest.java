package io.hanport.codec.p1;

import static io.hanport.codec.p1.P1DecoderQuirksTest.object;
import static io.hanport.codec.p1.P1DecoderQuirksTest.quantity;
import static io.hanport.codec.p1.P1DecoderQuirksTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hand-built telegram content, one decoding rule each; the CRC line is irrelevant here. */
class P1DecoderTest {

  @Test
  void headerIsTheIdentificationLineWithoutSlash() throws DecodeException {
    assertThat(decode("/KAM5\r\n\r\n1-0:1.7.0(0001.727*kW)\r\n!").header()).isEqualTo("KAM5");
  }

  @Test
  void telegramWithoutDataObjectsIsMalformed() {
    assertThatThrownBy(() -> decode("/KAM5\r\n\r\n!"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("without data objects");
  }

  @Test
  void lfOnlyLineEndsDecodeLikeCrLf() throws DecodeException {
    Telegram telegram = decode("/ABC5\n\n1-0:1.8.0(00001.500*kWh)\n0-0:96.14.0(0002)\n!66C8\n");

    assertThat(telegram.objects()).containsExactly(
        CosemObject.of(ObisCode.parse("1-0:1.8.0"), quantity("1.500", "kWh")),
        CosemObject.of(ObisCode.parse("0-0:96.14.0"), new CosemValue.Text("0002")));
  }

  /** An IEC 62056-21 STX (0x02) may open the data block; 0xFF noise may precede a line. */
  @Test
  void stxAndFfBytesBeforeACodeAreSkipped() throws DecodeException {
    Telegram telegram = decode("/ABC5\r\n\u0002\u00ff1-0:1.7.0(01.000*kW)\r\n!");

    assertThat(value(telegram, "1-0:1.7.0")).isEqualTo(quantity("1.000", "kW"));
  }

  /** Hungarian AUX59 fills 96.13.0 with 0xFF bytes (PROTOCOLS.md §5): kept, one char per byte. */
  @Test
  void ffPaddingInsideATextValueIsKept() throws DecodeException {
    Telegram telegram = decode("/AUX59\r\n\r\n0-0:96.13.0(\u00ff\u00ff\u0002)\r\n!");

    assertThat(value(telegram, "0-0:96.13.0")).isEqualTo(new CosemValue.Text("\u00ff\u00ff\u0002"));
  }

  /** More digits than a long holds still keep every digit. */
  @Test
  void numberLongerThanALongKeepsEveryDigit() throws DecodeException {
    Telegram telegram = decode("/ABC5\r\n\r\n1-0:1.8.0(1234567890123456789.0123*kWh)\r\n!");

    assertThat(value(telegram, "1-0:1.8.0")).isEqualTo(quantity("1234567890123456789.0123", "kWh"));
  }

  @Test
  void negativeNumberIsKept() throws DecodeException {
    assertThat(value(decode("/ABC5\r\n\r\n1-0:1.7.0(-01.250*kW)\r\n!"), "1-0:1.7.0"))
        .isEqualTo(quantity("-1.250", "kW"));
  }

  /** A non-number where a quantity belongs is kept as text; the other objects still decode. */
  @Test
  void nonNumberInAQuantityIsKeptAsText() throws DecodeException {
    Telegram telegram = decode("/ABC5\r\n\r\n1-0:32.7.0(---.-*V)\r\n1-0:52.7.0(230.1*V)\r\n!");

    assertThat(value(telegram, "1-0:32.7.0")).isEqualTo(new CosemValue.Text("---.-*V"));
    assertThat(value(telegram, "1-0:52.7.0")).isEqualTo(quantity("230.1", "V"));
  }

  /** Unknown codes: a unit or an electrical measurement (A = 1, C = 1..95) makes a quantity. */
  @Test
  void unknownCodesAreTypedByUnitAndValueGroups() throws DecodeException {
    Telegram telegram = decode("/ABC5\r\n\r\n"
        + "1-0:12.7.0(230)\r\n" // A = 1 measurement, bare number: quantity
        + "0-0:94.98.31(00000)\r\n" // A = 0, no unit: text, leading zeros kept
        + "0-0:99.1.0(5*kW)\r\n" // a unit makes a quantity whatever the code
        + "0-3:24.9.9(200101000000W)(12.5*m3)\r\n" // (TST)(value): captured
        + "1-0:96.5.5(80)\r\n" // C = 96 is status, not a measurement: text
        + "!");

    assertThat(value(telegram, "1-0:12.7.0")).isEqualTo(quantity("230", ""));
    assertThat(value(telegram, "0-0:94.98.31")).isEqualTo(new CosemValue.Text("00000"));
    assertThat(value(telegram, "0-0:99.1.0")).isEqualTo(quantity("5", "kW"));
    assertThat(object(telegram, "0-3:24.9.9").captureTime()).contains("200101000000W");
    assertThat(value(telegram, "1-0:96.5.5")).isEqualTo(new CosemValue.Text("80"));
  }

  /** A value group F other than 255 is part of the code (written A-B:C.D.E.F). */
  @Test
  void valueGroupFOtherThan255IsKept() throws DecodeException {
    Telegram telegram = decode("/ABC5\r\n\r\n1-0:1.8.0.101(5*kWh)\r\n!");

    assertThat(telegram.objects().get(0).code()).isEqualTo(new ObisCode(1, 0, 1, 8, 0, 101));
  }

  @Test
  void lineThatIsNotAnObisCodeIsMalformed() {
    assertMalformed("/ABC5\r\n\r\nhello(1)\r\n!", "not an OBIS code at telegram byte 9");
  }

  @Test
  void obisValueGroupAbove255IsMalformed() {
    assertMalformed("/ABC5\r\n\r\n1-0:256.7.0(1)\r\n!", "not an OBIS code at telegram byte 9");
  }

  @Test
  void obisCodeWithoutValueIsMalformed() {
    assertMalformed("/ABC5\r\n\r\n1-0:1.7.0\r\n!",
        "not an OBIS code followed by '(' at telegram byte 9");
  }

  @Test
  void valueGroupWithoutCloseIsMalformed() {
    assertMalformed("/ABC5\r\n\r\n1-0:1.7.0(01.0*kW\r\n!",
        "value group without ')' at telegram byte 18");
  }

  /** A missing ')' must not swallow the next line as a wrapped value. */
  @Test
  void valueGroupRunningIntoTheNextLineIsMalformed() {
    assertMalformed("/ABC5\r\n\r\n1-0:1.7.0(01.0\r\n1-0:2.7.0(0*kW)\r\n!",
        "value group opened inside a value group at telegram byte 18");
  }

  @Test
  void valueGroupsWithoutACodeAreMalformed() {
    assertMalformed("/ABC5\r\n\r\n(00001.001)\r\n!",
        "value groups without an OBIS code at telegram byte 9");
  }

  @Test
  void textAfterTheValueIsMalformed() {
    assertMalformed("/ABC5\r\n\r\n1-0:1.7.0(1*kW)x\r\n!",
        "unexpected text after the value at telegram byte 24");
  }

  @Test
  void frameWithoutSlashOrBangIsMalformed() {
    assertMalformed("ABC5\r\n!", "not a P1 telegram: no '/' ... '!'");
    assertMalformed("/ABC5\r\n", "not a P1 telegram: no '/' ... '!'");
  }

  private static void assertMalformed(String content, String detail) {
    assertThatThrownBy(() -> decode(content))
        .isInstanceOfSatisfying(DecodeException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
          assertThat(e.detail()).isEqualTo(detail);
        });
  }

  private static Telegram decode(String content) throws DecodeException {
    byte[] raw = content.getBytes(StandardCharsets.ISO_8859_1);
    return new P1Decoder().decode(new P1Frame(0, raw, false));
  }
}
