package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingTextTest {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  /**
   * A Dutch DSMR 5 telegram in the shape of capture p1_dsmr_parser_v5 (tariffs, gas on channel 1).
   */
  @Test
  void dutchTelegramShowsEveryGroupAndTheObjectsNoGroupShows() {
    Reading reading =
        new ReadingMapper(STOCKHOLM)
            .map(
                Telegram.dsmr(
                    "ISk5\\2MT382-1000",
                    List.of(
                        text("1-3:0.2.8", "50"),
                        text("0-0:1.0.0", "170102192002W"),
                        text("0-0:96.1.1", "4B384547303034303436333935353037"),
                        quantity("1-0:1.8.1", "000004.426", "kWh"),
                        quantity("1-0:1.8.2", "000002.399", "kWh"),
                        quantity("1-0:2.8.1", "000002.444", "kWh"),
                        quantity("1-0:2.8.2", "000000.000", "kWh"),
                        text("0-0:96.14.0", "0002"),
                        quantity("1-0:1.7.0", "00.244", "kW"),
                        quantity("1-0:2.7.0", "00.000", "kW"),
                        text("0-0:96.13.0", ""),
                        quantity("1-0:32.7.0", "0230.0", "V"),
                        quantity("1-0:31.7.0", "000", "A"),
                        quantity("1-0:21.7.0", "00.070", "kW"),
                        text("0-1:24.1.0", "003"),
                        text("0-1:96.1.0", "3232323241424344313233343536373839"),
                        new CosemObject(
                            ObisCode.parse("0-1:24.2.1"),
                            CosemValue.Quantity.of("00001.290", "m3"),
                            Optional.of("170102161005W")))));

    assertThat(new ReadingText(STOCKHOLM).format(reading))
        .isEqualTo(
            String.join(
                "\n",
                "DSMR  ISk5\\2MT382-1000  meter K8EG004046395507  at 2017-01-02T19:20:02+01:00  not"
                    + " encrypted",
                "Energy",
                "  import           6.825  kWh",
                "  import tariff 1  4.426  kWh",
                "  import tariff 2  2.399  kWh",
                "  export           2.444  kWh",
                "  export tariff 1  2.444  kWh",
                "  export tariff 2  0.000  kWh",
                "Power",
                "  import  244  W",
                "  export    0  W",
                "Per phase",
                "                   L1  L2  L3",
                "  power import     70   -   -  W",
                "  voltage       230.0   -   -  V",
                "  current           0   -   -  A",
                "M-Bus devices",
                "  channel 1  type 3  id 2222ABCD123456789  1.290  m3  at"
                    + " 2017-01-02T16:10:05+01:00",
                "Other objects",
                "  1-3:0.2.8    50",
                "  0-0:96.14.0  0002",
                "  0-0:96.13.0  (empty)",
                ""));
  }

  @Test
  void controlBytesInTextAreShownEscaped() {
    assertThat(ReadingText.printable("AB\u0000\u007F\r")).isEqualTo("AB\\x00\\x7F\\x0D");
  }

  private static CosemObject text(String code, String value) {
    return CosemObject.of(ObisCode.parse(code), new CosemValue.Text(value));
  }

  private static CosemObject quantity(String code, String value, String unit) {
    return CosemObject.of(ObisCode.parse(code), CosemValue.Quantity.of(value, unit));
  }
}
