package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The numbers of one reading that the store indexes and rolls up, taken out of the reading once.
 * Absent instantaneous values are {@code NaN}, so that rollup arithmetic skips them.
 */
final class Sample {

  /** Registers are kept in millionths of a kWh: every meter's decimals fit, sums stay exact. */
  private static final int MILLI_WH_PER_KWH_DIGITS = 6;

  final MeterReading source;
  final RegisterPoint point;
  final double powerW;
  final double[] currentA = new double[3];
  final double voltageMinV;
  final double voltageMaxV;

  Sample(MeterReading source, long ts) {
    this.source = source;
    Reading reading = source.reading();
    this.point =
        new RegisterPoint(
            ts,
            milliWh(reading, Field.ENERGY_IMPORT_KWH),
            milliWh(reading, Field.ENERGY_EXPORT_KWH),
            identity(reading));
    this.powerW = netPower(reading);
    currentA[0] = number(reading, Field.CURRENT_L1_A);
    currentA[1] = number(reading, Field.CURRENT_L2_A);
    currentA[2] = number(reading, Field.CURRENT_L3_A);
    double l1 = number(reading, Field.VOLTAGE_L1_V);
    double l2 = number(reading, Field.VOLTAGE_L2_V);
    double l3 = number(reading, Field.VOLTAGE_L3_V);
    this.voltageMinV = RollupDelta.min(RollupDelta.min(l1, l2), l3);
    this.voltageMaxV = RollupDelta.max(RollupDelta.max(l1, l2), l3);
  }

  long ts() {
    return point.ts();
  }

  private static Long milliWh(Reading reading, Field field) {
    BigDecimal kwh = (BigDecimal) reading.fields().get(field);
    if (kwh == null) {
      return null;
    }
    return kwh.movePointRight(MILLI_WH_PER_KWH_DIGITS)
        .setScale(0, RoundingMode.HALF_EVEN)
        .longValue();
  }

  private static Integer identity(Reading reading) {
    Object identity = reading.fields().get(Field.METER_ID);
    if (identity == null) {
      identity = reading.fields().get(Field.HEADER);
    }
    return identity == null ? null : identity.hashCode();
  }

  private static double netPower(Reading reading) {
    double imported = number(reading, Field.POWER_IMPORT_W);
    double exported = number(reading, Field.POWER_EXPORT_W);
    if (Double.isNaN(imported)) {
      return Double.isNaN(exported) ? Double.NaN : -exported;
    }
    return Double.isNaN(exported) ? imported : imported - exported;
  }

  private static double number(Reading reading, Field field) {
    BigDecimal value = (BigDecimal) reading.fields().get(field);
    return value == null ? Double.NaN : value.doubleValue();
  }
}
