package io.hanport.codec.reading;

/**
 * The normalized fields of a reading, in the order READING.md lists them and JSON writes them. Each
 * name carries its unit; the mapping from OBIS codes to fields is {@link FieldTable}.
 */
public enum Field {
  PROTOCOL("protocol", Kind.TEXT),
  ENCRYPTED("encrypted", Kind.BOOLEAN),
  HEADER("header", Kind.TEXT),
  METER_ID("meter_id", Kind.TEXT),
  METER_MODEL("meter_model", Kind.TEXT),
  LIST_ID("list_id", Kind.TEXT),
  METER_TIME("meter_time", Kind.TEXT),
  ENERGY_IMPORT_KWH("energy_import_kwh", Kind.NUMBER),
  ENERGY_EXPORT_KWH("energy_export_kwh", Kind.NUMBER),
  ENERGY_IMPORT_T1_KWH("energy_import_t1_kwh", Kind.NUMBER),
  ENERGY_IMPORT_T2_KWH("energy_import_t2_kwh", Kind.NUMBER),
  ENERGY_EXPORT_T1_KWH("energy_export_t1_kwh", Kind.NUMBER),
  ENERGY_EXPORT_T2_KWH("energy_export_t2_kwh", Kind.NUMBER),
  REACTIVE_ENERGY_IMPORT_KVARH("reactive_energy_import_kvarh", Kind.NUMBER),
  REACTIVE_ENERGY_EXPORT_KVARH("reactive_energy_export_kvarh", Kind.NUMBER),
  POWER_IMPORT_W("power_import_w", Kind.NUMBER),
  POWER_EXPORT_W("power_export_w", Kind.NUMBER),
  REACTIVE_POWER_IMPORT_VAR("reactive_power_import_var", Kind.NUMBER),
  REACTIVE_POWER_EXPORT_VAR("reactive_power_export_var", Kind.NUMBER),
  POWER_IMPORT_L1_W("power_import_l1_w", Kind.NUMBER),
  POWER_IMPORT_L2_W("power_import_l2_w", Kind.NUMBER),
  POWER_IMPORT_L3_W("power_import_l3_w", Kind.NUMBER),
  POWER_EXPORT_L1_W("power_export_l1_w", Kind.NUMBER),
  POWER_EXPORT_L2_W("power_export_l2_w", Kind.NUMBER),
  POWER_EXPORT_L3_W("power_export_l3_w", Kind.NUMBER),
  REACTIVE_POWER_IMPORT_L1_VAR("reactive_power_import_l1_var", Kind.NUMBER),
  REACTIVE_POWER_IMPORT_L2_VAR("reactive_power_import_l2_var", Kind.NUMBER),
  REACTIVE_POWER_IMPORT_L3_VAR("reactive_power_import_l3_var", Kind.NUMBER),
  REACTIVE_POWER_EXPORT_L1_VAR("reactive_power_export_l1_var", Kind.NUMBER),
  REACTIVE_POWER_EXPORT_L2_VAR("reactive_power_export_l2_var", Kind.NUMBER),
  REACTIVE_POWER_EXPORT_L3_VAR("reactive_power_export_l3_var", Kind.NUMBER),
  VOLTAGE_L1_V("voltage_l1_v", Kind.NUMBER),
  VOLTAGE_L2_V("voltage_l2_v", Kind.NUMBER),
  VOLTAGE_L3_V("voltage_l3_v", Kind.NUMBER),
  CURRENT_L1_A("current_l1_a", Kind.NUMBER),
  CURRENT_L2_A("current_l2_a", Kind.NUMBER),
  CURRENT_L3_A("current_l3_a", Kind.NUMBER),
  TARIFF("tariff", Kind.TEXT),
  POWER_FAILURES("power_failures", Kind.INTEGER),
  LONG_POWER_FAILURES("long_power_failures", Kind.INTEGER),
  AVERAGE_DEMAND_KW("average_demand_kw", Kind.NUMBER),
  MONTH_PEAK_KW("month_peak_kw", Kind.NUMBER);

  /** How a field's value is typed in Java ({@code BigDecimal}, {@code Long}, …) and in JSON. */
  public enum Kind {
    TEXT,
    BOOLEAN,
    NUMBER,
    INTEGER
  }

  private final String jsonName;
  private final Kind kind;

  Field(String jsonName, Kind kind) {
    this.jsonName = jsonName;
    this.kind = kind;
  }

  public String jsonName() {
    return jsonName;
  }

  public Kind kind() {
    return kind;
  }
}
