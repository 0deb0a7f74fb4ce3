package io.hanport.codec.p1;

import static io.hanport.codec.p1.P1DecoderQuirksTest.quantity;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.P1Frame;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The decoder finds codes by their text ({@link P1CodeTexts}) and units by their packed bytes
 * ({@link KnownUnits}), word by word; these pin that every other spelling, and bytes too near the
 * telegram's end for a word load, decode exactly as the parser decodes them.
 */
class P1LookupTest {

  private static final ObisCode IMPORT = ObisCode.parse("1-0:1.8.0");

  @Test
  void everySpellingOfACodeDecodesToTheSameCodeAndType() throws DecodeException {
    Telegram telegram = decode("/ABC5\r\n\r\n1-0:1.8.0(00001.500*kWh)\r\n1-0:1.8.0.255(2*kWh)\r\n"
        + "1-0:1.8.0*255(3*kWh)\r\n1-0:01.8.0(4*kWh)\r\n!ABCD\r\n");

    assertThat(telegram.objects()).containsExactly(
        CosemObject.of(IMPORT, quantity("1.500", "kWh")),
        CosemObject.of(IMPORT, quantity("2", "kWh")),
        CosemObject.of(IMPORT, quantity("3", "kWh")),
        CosemObject.of(IMPORT, quantity("4", "kWh")));
  }

  @Test
  void knownUnitIsTheSharedString() throws DecodeException {
    Telegram telegram = decode("/ABC5\r\n\r\n1-0:1.7.0(01.000*kW)\r\n!ABCD\r\n");

    assertThat(((CosemValue.Quantity) telegram.objects().get(0).value()).unit()).isSameAs("kW");
  }

  /** A unit's key holds its length: "kW" and a NUL is a unit of its own, not "kW". */
  @Test
  void unitWithATrailingNulIsNotTheKnownUnit() throws DecodeException {
    Telegram telegram = decode("/ABC5\r\n\r\n1-0:1.7.0(01.000*kW\u0000)\r\n!ABCD\r\n");

    assertThat(telegram.objects().get(0).value()).isEqualTo(quantity("1.000", "kW\u0000"));
  }

  /** Fewer than sixteen bytes from the code to the end: read byte by byte, same result. */
  @Test
  void codeAndUnitAtTheVeryEndOfTheBytesAreStillRead() throws DecodeException {
    Telegram telegram = decode("/X\r\n1-0:1.7.0(1*W)!");

    assertThat(telegram.objects())
        .containsExactly(CosemObject.of(ObisCode.parse("1-0:1.7.0"), quantity("1", "W")));
  }

  private static Telegram decode(String content) throws DecodeException {
    byte[] raw = content.getBytes(StandardCharsets.ISO_8859_1);
    return new P1Decoder().decode(new P1Frame(0, raw, false));
  }
}
