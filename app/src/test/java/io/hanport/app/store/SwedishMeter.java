package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.ReadingMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Readings as a Swedish P1 meter sends them (every object of PROTOCOLS.md's Swedish telegram),
 * mapped by the codec's {@link ReadingMapper} from a synthetic DSMR telegram, so the store sees
 * exactly what the pipeline would give it.
 */
final class SwedishMeter {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter DSMR_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss");
  private static final byte[] NO_FRAME = new byte[0];

  private final ReadingMapper mapper = new ReadingMapper(STOCKHOLM);
  private final String name;
  private String header;

  SwedishMeter(String name, String header) {
    this.name = name;
    this.header = header;
  }

  /** A meter swap in Sweden shows only in the header: the telegram carries no meter id. */
  void swapTo(String newHeader) {
    this.header = newHeader;
  }

  /**
   * @param importWh the import register in Wh (the telegram carries kWh with three decimals)
   * @param powerW net power: positive imports, negative exports
   */
  MeterReading reading(Instant time, long importWh, long exportWh, int powerW) {
    List<CosemObject> objects = new ArrayList<>(30);
    objects.add(text("0-0:1.0.0", dsmrTime(time)));
    objects.add(number("1-0:1.8.0", kwh(importWh), "kWh"));
    objects.add(number("1-0:2.8.0", kwh(exportWh), "kWh"));
    objects.add(number("1-0:3.8.0", kwh(importWh / 7), "kvarh"));
    objects.add(number("1-0:4.8.0", kwh(exportWh / 9), "kvarh"));
    objects.add(number("1-0:1.7.0", kwh(Math.max(powerW, 0)), "kW"));
    objects.add(number("1-0:2.7.0", kwh(Math.max(-powerW, 0)), "kW"));
    objects.add(number("1-0:3.7.0", kwh(Math.abs(powerW) / 10), "kvar"));
    objects.add(number("1-0:4.7.0", "0.000", "kvar"));
    int phase = Math.abs(powerW) / 3;
    for (String code : List.of("21", "41", "61")) {
      objects.add(number("1-0:" + code + ".7.0", kwh(powerW > 0 ? phase : 0), "kW"));
    }
    for (String code : List.of("22", "42", "62")) {
      objects.add(number("1-0:" + code + ".7.0", kwh(powerW < 0 ? phase : 0), "kW"));
    }
    for (String code : List.of("23", "43", "63", "24", "44", "64")) {
      objects.add(number("1-0:" + code + ".7.0", kwh(phase / 10), "kvar"));
    }
    int millivolts = 230_000 + (int) (time.getEpochSecond() % 41) * 100;
    objects.add(number("1-0:32.7.0", volts(millivolts), "V"));
    objects.add(number("1-0:52.7.0", volts(millivolts + 700), "V"));
    objects.add(number("1-0:72.7.0", volts(millivolts - 900), "V"));
    String amps = BigDecimal.valueOf(phase * 10L / 230, 1).toPlainString();
    for (String code : List.of("31", "51", "71")) {
      objects.add(number("1-0:" + code + ".7.0", amps, "A"));
    }
    return new MeterReading(name, "test", time, mapper.map(Telegram.dsmr(header, objects)), NO_FRAME);
  }

  private static String dsmrTime(Instant time) {
    ZonedDateTime local = time.atZone(STOCKHOLM);
    char season = STOCKHOLM.getRules().isDaylightSavings(time) ? 'S' : 'W';
    return local.format(DSMR_TIME) + season;
  }

  private static String kwh(long wattHours) {
    return BigDecimal.valueOf(wattHours, 3).toPlainString();
  }

  private static String volts(int millivolts) {
    return BigDecimal.valueOf(millivolts / 100, 1).toPlainString();
  }

  private static CosemObject text(String code, String value) {
    return CosemObject.of(ObisCode.parse(code), new CosemValue.Text(value));
  }

  private static CosemObject number(String code, String value, String unit) {
    return CosemObject.of(ObisCode.parse(code), CosemValue.Quantity.of(value, unit));
  }
}
