package io.hanport.codec.reading;

import io.hanport.codec.obis.ObisCode;

/**
 * Which OBIS code feeds which normalized field (READING.md's table, as data: ARCHITECTURE.md rule
 * 3). Electricity codes are registered for value group B = 0 (DSMR, Aidon, Kaifa) and B = 1
 * (Kamstrup's lists use B = 1: PROTOCOLS.md §6.5).
 */
final class FieldTable {

  /** How the object's value becomes the field's value. */
  enum Conversion {
    TEXT,
    /** DSMR writes equipment ids as hex of ASCII (DSMR5 §6.12); other meters send text. */
    HEX_TEXT,
    /** A date-time: DSMR {@code YYMMDDhhmmssX} or ISO-8601 from a COSEM clock. */
    TIME,
    INTEGER,
    NUMBER
  }

  /** One row: the field, how to convert, and for numbers what they measure. */
  record Row(Field field, Conversion conversion, Quantity quantity) {}

  /**
   * Open addressing on {@link ObisCode#packed()}: this lookup runs for every object of every
   * telegram, and a record's hashCode and equals over six groups cost more than the decoding.
   */
  private static final int SLOTS = 256;

  private static final long[] KEYS = new long[SLOTS];
  private static final Row[] ROWS = new Row[SLOTS];

  static {
    text(Field.METER_ID, Conversion.HEX_TEXT, "0-0:96.1.1", "0-0:42.0.0");
    text(Field.METER_ID, Conversion.TEXT, "0-0:96.1.0", "1-1:0.0.5");
    text(Field.METER_MODEL, Conversion.TEXT, "0-0:96.1.7", "1-1:96.1.1");
    text(Field.LIST_ID, Conversion.TEXT, "1-1:0.2.129.255", "1-0:0.2.129.255");
    text(Field.METER_TIME, Conversion.TIME, "0-0:1.0.0", "0-1:1.0.0");
    text(Field.TARIFF, Conversion.TEXT, "0-0:96.14.0");
    text(Field.POWER_FAILURES, Conversion.INTEGER, "0-0:96.7.21");
    text(Field.LONG_POWER_FAILURES, Conversion.INTEGER, "0-0:96.7.9");

    electricity(Field.ENERGY_IMPORT_KWH, Quantity.ENERGY, "1.8.0");
    electricity(Field.ENERGY_EXPORT_KWH, Quantity.ENERGY, "2.8.0");
    electricity(Field.ENERGY_IMPORT_T1_KWH, Quantity.ENERGY, "1.8.1");
    electricity(Field.ENERGY_IMPORT_T2_KWH, Quantity.ENERGY, "1.8.2");
    electricity(Field.ENERGY_EXPORT_T1_KWH, Quantity.ENERGY, "2.8.1");
    electricity(Field.ENERGY_EXPORT_T2_KWH, Quantity.ENERGY, "2.8.2");
    electricity(Field.REACTIVE_ENERGY_IMPORT_KVARH, Quantity.REACTIVE_ENERGY, "3.8.0");
    electricity(Field.REACTIVE_ENERGY_EXPORT_KVARH, Quantity.REACTIVE_ENERGY, "4.8.0");
    electricity(Field.POWER_IMPORT_W, Quantity.POWER, "1.7.0");
    electricity(Field.POWER_EXPORT_W, Quantity.POWER, "2.7.0");
    electricity(Field.REACTIVE_POWER_IMPORT_VAR, Quantity.REACTIVE_POWER, "3.7.0");
    electricity(Field.REACTIVE_POWER_EXPORT_VAR, Quantity.REACTIVE_POWER, "4.7.0");
    electricity(Field.POWER_IMPORT_L1_W, Quantity.POWER, "21.7.0");
    electricity(Field.POWER_IMPORT_L2_W, Quantity.POWER, "41.7.0");
    electricity(Field.POWER_IMPORT_L3_W, Quantity.POWER, "61.7.0");
    electricity(Field.POWER_EXPORT_L1_W, Quantity.POWER, "22.7.0");
    electricity(Field.POWER_EXPORT_L2_W, Quantity.POWER, "42.7.0");
    electricity(Field.POWER_EXPORT_L3_W, Quantity.POWER, "62.7.0");
    electricity(Field.REACTIVE_POWER_IMPORT_L1_VAR, Quantity.REACTIVE_POWER, "23.7.0");
    electricity(Field.REACTIVE_POWER_IMPORT_L2_VAR, Quantity.REACTIVE_POWER, "43.7.0");
    electricity(Field.REACTIVE_POWER_IMPORT_L3_VAR, Quantity.REACTIVE_POWER, "63.7.0");
    electricity(Field.REACTIVE_POWER_EXPORT_L1_VAR, Quantity.REACTIVE_POWER, "24.7.0");
    electricity(Field.REACTIVE_POWER_EXPORT_L2_VAR, Quantity.REACTIVE_POWER, "44.7.0");
    electricity(Field.REACTIVE_POWER_EXPORT_L3_VAR, Quantity.REACTIVE_POWER, "64.7.0");
    electricity(Field.VOLTAGE_L1_V, Quantity.VOLTAGE, "32.7.0");
    electricity(Field.VOLTAGE_L2_V, Quantity.VOLTAGE, "52.7.0");
    electricity(Field.VOLTAGE_L3_V, Quantity.VOLTAGE, "72.7.0");
    electricity(Field.CURRENT_L1_A, Quantity.CURRENT, "31.7.0");
    electricity(Field.CURRENT_L2_A, Quantity.CURRENT, "51.7.0");
    electricity(Field.CURRENT_L3_A, Quantity.CURRENT, "71.7.0");
    electricity(Field.AVERAGE_DEMAND_KW, Quantity.DEMAND, "1.4.0");
    electricity(Field.MONTH_PEAK_KW, Quantity.DEMAND, "1.6.0");
  }

  private FieldTable() {}

  /** The row for this code, or null when the code feeds no normalized field. */
  static Row rowFor(ObisCode code) {
    long key = code.packed();
    for (int slot = slot(key); ROWS[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
      if (KEYS[slot] == key) {
        return ROWS[slot];
      }
    }
    return null;
  }

  private static void put(String code, Row row) {
    long key = ObisCode.parse(code).packed();
    int slot = slot(key);
    while (ROWS[slot] != null && KEYS[slot] != key) {
      slot = (slot + 1) & (SLOTS - 1);
    }
    KEYS[slot] = key;
    ROWS[slot] = row;
  }

  private static int slot(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 56);
  }

  private static void text(Field field, Conversion conversion, String... codes) {
    for (String code : codes) {
      put(code, new Row(field, conversion, null));
    }
  }

  private static void electricity(Field field, Quantity quantity, String cde) {
    Row row = new Row(field, Conversion.NUMBER, quantity);
    put("1-0:" + cde, row);
    put("1-1:" + cde, row);
  }
}
