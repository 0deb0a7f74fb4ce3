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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Readings as a Swedish P1 meter sends them (every object of PROTOCOLS.md's Swedish telegram),
 * mapped by the codec's {@link ReadingMapper} from a synthetic DSMR telegram, so the store sees
 * exactly what the pipeline would give it.
 */
final class SwedishMeter {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter DSMR_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss");
  private static final byte[] NO_FRAME = new byte[0];

  private static final ObisCode CLOCK = ObisCode.parse("0-0:1.0.0");
  private static final ObisCode ENERGY_IMPORT = ObisCode.parse("1-0:1.8.0");
  private static final ObisCode ENERGY_EXPORT = ObisCode.parse("1-0:2.8.0");
  private static final ObisCode REACTIVE_ENERGY_IMPORT = ObisCode.parse("1-0:3.8.0");
  private static final ObisCode REACTIVE_ENERGY_EXPORT = ObisCode.parse("1-0:4.8.0");
  private static final ObisCode POWER_IMPORT = ObisCode.parse("1-0:1.7.0");
  private static final ObisCode POWER_EXPORT = ObisCode.parse("1-0:2.7.0");
  private static final ObisCode REACTIVE_POWER_IMPORT = ObisCode.parse("1-0:3.7.0");
  private static final ObisCode REACTIVE_POWER_EXPORT = ObisCode.parse("1-0:4.7.0");
  private static final List<ObisCode> PHASE_IMPORT =
      codes("1-0:21.7.0", "1-0:41.7.0", "1-0:61.7.0");
  private static final List<ObisCode> PHASE_EXPORT =
      codes("1-0:22.7.0", "1-0:42.7.0", "1-0:62.7.0");
  private static final List<ObisCode> PHASE_REACTIVE =
      codes("1-0:23.7.0", "1-0:43.7.0", "1-0:63.7.0", "1-0:24.7.0", "1-0:44.7.0", "1-0:64.7.0");
  private static final List<ObisCode> VOLTAGES = codes("1-0:32.7.0", "1-0:52.7.0", "1-0:72.7.0");
  private static final List<ObisCode> CURRENTS = codes("1-0:31.7.0", "1-0:51.7.0", "1-0:71.7.0");

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
    objects.add(CosemObject.of(CLOCK, new CosemValue.Text(dsmrTime(time))));
    add(objects, ENERGY_IMPORT, thousandths(importWh), "kWh");
    add(objects, ENERGY_EXPORT, thousandths(exportWh), "kWh");
    add(objects, REACTIVE_ENERGY_IMPORT, thousandths(importWh / 7), "kvarh");
    add(objects, REACTIVE_ENERGY_EXPORT, thousandths(exportWh / 9), "kvarh");
    add(objects, POWER_IMPORT, thousandths(Math.max(powerW, 0)), "kW");
    add(objects, POWER_EXPORT, thousandths(Math.max(-powerW, 0)), "kW");
    add(objects, REACTIVE_POWER_IMPORT, thousandths(Math.abs(powerW) / 10), "kvar");
    add(objects, REACTIVE_POWER_EXPORT, thousandths(0), "kvar");
    int phase = Math.abs(powerW) / 3;
    for (ObisCode code : PHASE_IMPORT) {
      add(objects, code, thousandths(powerW > 0 ? phase : 0), "kW");
    }
    for (ObisCode code : PHASE_EXPORT) {
      add(objects, code, thousandths(powerW < 0 ? phase : 0), "kW");
    }
    for (ObisCode code : PHASE_REACTIVE) {
      add(objects, code, thousandths(phase / 10), "kvar");
    }
    int decivolts = 2300 + (int) (time.getEpochSecond() % 41);
    add(objects, VOLTAGES.get(0), BigDecimal.valueOf(decivolts, 1), "V");
    add(objects, VOLTAGES.get(1), BigDecimal.valueOf(decivolts + 7, 1), "V");
    add(objects, VOLTAGES.get(2), BigDecimal.valueOf(decivolts - 9, 1), "V");
    BigDecimal amps = BigDecimal.valueOf(phase * 10L / 230, 1);
    for (ObisCode code : CURRENTS) {
      add(objects, code, amps, "A");
    }
    return new MeterReading(
        name, "test", time, mapper.map(Telegram.dsmr(header, objects)), NO_FRAME);
  }

  private static String dsmrTime(Instant time) {
    ZonedDateTime local = time.atZone(STOCKHOLM);
    char season = STOCKHOLM.getRules().isDaylightSavings(time) ? 'S' : 'W';
    return local.format(DSMR_TIME) + season;
  }

  /** Wh as kWh, W as kW: the three decimals Swedish meters send. */
  private static BigDecimal thousandths(long units) {
    return BigDecimal.valueOf(units, 3);
  }

  private static void add(List<CosemObject> objects, ObisCode code, BigDecimal value, String unit) {
    objects.add(CosemObject.of(code, new CosemValue.Quantity(value, unit)));
  }

  private static List<ObisCode> codes(String... codes) {
    return Stream.of(codes).map(ObisCode::parse).collect(Collectors.toList());
  }
}
