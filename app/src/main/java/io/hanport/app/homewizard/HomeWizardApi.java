package io.hanport.app.homewizard;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.MbusDevice;
import io.hanport.codec.reading.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HomeWizard Wi-Fi P1 meter's local API, version 1 ({@code GET /api}, {@code GET
 * /api/v1/data}, {@code GET /api/v1/telegram}), so that tools which already speak it (Home
 * Assistant's HomeWizard integration, evcc) can read hanport unchanged. Field names and units
 * follow HomeWizard's public API documentation (docs/v1/measurement.mdx of
 * homewizard/api-documentation), including its own spelling {@code montly_power_peak_w} and the
 * {@code gas_unique_id} of its example and of real devices (its table says {@code unique_gas_id}). As there, a value the meter does not send is left out, and active power
 * is net: import minus export, negative while exporting.
 */
public final class HomeWizardApi {

  private static final ObisCode DSMR_VERSION = ObisCode.parse("1-3:0.2.8");
  private static final ObisCode EQUIPMENT_ID = ObisCode.parse("0-0:96.1.1");
  private static final ObisCode MONTH_PEAK = ObisCode.parse("1-0:1.6.0");
  /** DSMR 5.0.2 §6.12: voltage sags (32.32.0, …) and swells (32.36.0, …) per phase. */
  private static final String[] PHASE_C = {"32", "52", "72"};
  private static final int GAS = 3;

  private final String firmwareVersion;

  public HomeWizardApi(String firmwareVersion) {
    this.firmwareVersion = firmwareVersion;
  }

  /** {@code GET /api}: what the device is. */
  public Map<String, Object> device(String meter) {
    Map<String, Object> device = new LinkedHashMap<>();
    device.put("product_type", "HWE-P1");
    device.put("product_name", "P1 Meter");
    device.put("serial", serial(meter));
    device.put("firmware_version", firmwareVersion);
    device.put("api_version", "v1");
    return device;
  }

  /** {@code GET /api/v1/data}: the latest reading in HomeWizard's names. */
  public Map<String, Object> data(MeterReading meterReading) {
    Reading reading = meterReading.reading();
    Map<String, Object> data = new LinkedHashMap<>();
    object(reading, DSMR_VERSION).flatMap(HomeWizardApi::integer).ifPresent(v -> data.put("smr_version", v));
    reading.text(Field.HEADER).ifPresent(header -> data.put("meter_model", header));
    object(reading, EQUIPMENT_ID).or(() -> reading.text(Field.METER_ID)).ifPresent(id -> data.put("unique_id", id));
    reading.text(Field.TARIFF).flatMap(HomeWizardApi::integer).ifPresent(t -> data.put("active_tariff", t));
    copy(reading, data, Field.ENERGY_IMPORT_KWH, "total_power_import_kwh");
    copy(reading, data, Field.ENERGY_IMPORT_T1_KWH, "total_power_import_t1_kwh");
    copy(reading, data, Field.ENERGY_IMPORT_T2_KWH, "total_power_import_t2_kwh");
    copy(reading, data, Field.ENERGY_EXPORT_KWH, "total_power_export_kwh");
    copy(reading, data, Field.ENERGY_EXPORT_T1_KWH, "total_power_export_t1_kwh");
    copy(reading, data, Field.ENERGY_EXPORT_T2_KWH, "total_power_export_t2_kwh");
    net(reading, data, Field.POWER_IMPORT_W, Field.POWER_EXPORT_W, "active_power_w");
    net(reading, data, Field.POWER_IMPORT_L1_W, Field.POWER_EXPORT_L1_W, "active_power_l1_w");
    net(reading, data, Field.POWER_IMPORT_L2_W, Field.POWER_EXPORT_L2_W, "active_power_l2_w");
    net(reading, data, Field.POWER_IMPORT_L3_W, Field.POWER_EXPORT_L3_W, "active_power_l3_w");
    copy(reading, data, Field.VOLTAGE_L1_V, "active_voltage_l1_v");
    copy(reading, data, Field.VOLTAGE_L2_V, "active_voltage_l2_v");
    copy(reading, data, Field.VOLTAGE_L3_V, "active_voltage_l3_v");
    copy(reading, data, Field.CURRENT_L1_A, "active_current_l1_a");
    copy(reading, data, Field.CURRENT_L2_A, "active_current_l2_a");
    copy(reading, data, Field.CURRENT_L3_A, "active_current_l3_a");
    reading.integer(Field.POWER_FAILURES).ifPresent(n -> data.put("any_power_fail_count", n));
    reading.integer(Field.LONG_POWER_FAILURES).ifPresent(n -> data.put("long_power_fail_count", n));
    sagsAndSwells(reading, data);
    reading.decimal(Field.AVERAGE_DEMAND_KW).ifPresent(kw -> data.put("active_power_average_w", watts(kw)));
    monthPeak(reading, data);
    gasAndExternal(reading, data);
    return data;
  }

  private static void sagsAndSwells(Reading reading, Map<String, Object> data) {
    for (int phase = 1; phase <= PHASE_C.length; phase++) {
      String c = PHASE_C[phase - 1];
      String sags = "voltage_sag_l" + phase + "_count";
      String swells = "voltage_swell_l" + phase + "_count";
      object(reading, ObisCode.parse("1-0:" + c + ".32.0")).flatMap(HomeWizardApi::integer).ifPresent(n -> data.put(sags, n));
      object(reading, ObisCode.parse("1-0:" + c + ".36.0")).flatMap(HomeWizardApi::integer).ifPresent(n -> data.put(swells, n));
    }
  }

  private static void monthPeak(Reading reading, Map<String, Object> data) {
    reading.decimal(Field.MONTH_PEAK_KW).ifPresent(kw -> data.put("montly_power_peak_w", watts(kw)));
    objectOf(reading, MONTH_PEAK)
        .flatMap(CosemObject::captureTime)
        .flatMap(HomeWizardApi::timestamp)
        .ifPresent(time -> data.put("montly_power_peak_timestamp", time));
  }

  private static void gasAndExternal(Reading reading, Map<String, Object> data) {
    List<Map<String, Object>> external = new ArrayList<>();
    for (MbusDevice device : reading.mbus()) {
      Optional<String> type = device.deviceType().flatMap(HomeWizardApi::externalType);
      if (type.isEmpty() || device.value().isEmpty()) {
        continue;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("unique_id", device.id().orElse(""));
      entry.put("type", type.get());
      device.time().flatMap(HomeWizardApi::timestampFromIso).ifPresent(t -> entry.put("timestamp", t));
      entry.put("value", device.value().get());
      entry.put("unit", device.unit().orElse(""));
      external.add(entry);
      if (device.deviceType().get() == GAS && !data.containsKey("total_gas_m3")) {
        data.put("total_gas_m3", device.value().get());
        if (entry.containsKey("timestamp")) {
          data.put("gas_timestamp", entry.get("timestamp"));
        }
        device.id().ifPresent(id -> data.put("gas_unique_id", id));
      }
    }
    data.put("external", external);
  }

  /** EN 13757-3 device types as HomeWizard names them. */
  private static Optional<String> externalType(int deviceType) {
    switch (deviceType) {
      case 3:
        return Optional.of("gas_meter");
      case 4:
        return Optional.of("heat_meter");
      case 6:
        return Optional.of("warm_water_meter");
      case 7:
        return Optional.of("water_meter");
      default:
        return Optional.empty();
    }
  }

  private static void copy(Reading reading, Map<String, Object> data, Field field, String name) {
    reading.decimal(field).ifPresent(value -> data.put(name, value));
  }

  private static void net(Reading reading, Map<String, Object> data, Field imported, Field exported, String name) {
    if (reading.has(imported) || reading.has(exported)) {
      BigDecimal in = reading.decimal(imported).orElse(BigDecimal.ZERO);
      BigDecimal out = reading.decimal(exported).orElse(BigDecimal.ZERO);
      data.put(name, in.subtract(out));
    }
  }

  private static BigDecimal watts(BigDecimal kilowatts) {
    return kilowatts.movePointRight(3);
  }

  /** An object's value as the meter wrote it, e.g. the DSMR version {@code 50}. */
  private static Optional<String> object(Reading reading, ObisCode code) {
    return objectOf(reading, code)
        .map(
            object ->
                object.value() instanceof CosemValue.Text text
                    ? text.text()
                    : ((CosemValue.Quantity) object.value()).value().toPlainString());
  }

  private static Optional<CosemObject> objectOf(Reading reading, ObisCode code) {
    return reading.objects().stream().filter(o -> o.code().equals(code)).findFirst();
  }

  private static Optional<Long> integer(String text) {
    try {
      return Optional.of(Long.parseLong(text.trim()));
    } catch (NumberFormatException notAnInteger) {
      return Optional.empty();
    }
  }

  /** HomeWizard writes times as the DSMR digits {@code YYMMDDhhmmss}, as a number. */
  private static Optional<Long> timestamp(String dsmrTime) {
    return dsmrTime.length() >= 12 ? integer(dsmrTime.substring(0, 12)) : Optional.empty();
  }

  private static Optional<Long> timestampFromIso(String iso) {
    if (iso.length() < 19) {
      return Optional.empty();
    }
    String digits =
        iso.substring(2, 4) + iso.substring(5, 7) + iso.substring(8, 10)
            + iso.substring(11, 13) + iso.substring(14, 16) + iso.substring(17, 19);
    return integer(digits);
  }

  /** HomeWizard's serial is 12 hex digits (its MAC address); hanport derives one from the name. */
  private static String serial(String meter) {
    return String.format("%012x", meter.hashCode() & 0xFFFFFFFFL);
  }
}
