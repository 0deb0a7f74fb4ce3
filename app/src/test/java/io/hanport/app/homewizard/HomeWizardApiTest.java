package io.hanport.app.homewizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Responses compared with the field names and units of HomeWizard's public API documentation (v1
 * "Recent measurement" for the HWE-P1), for a Dutch DSMR 5 meter with a gas meter and a Swedish
 * meter that sends no tariffs or ids.
 */
class HomeWizardApiTest {

  private final HomeWizardApi api = new HomeWizardApi("0.1.0");

  @Test
  void dutchMeterMapsToTheDocumentedNamesAndUnits() throws IOException {
    Map<String, Object> data = api.data(decode("captures/p1_dsmr_parser_v5.txt"));

    assertThat(data)
        .containsEntry("smr_version", 50L)
        .containsEntry("meter_model", "ISk5\\2MT382-1000")
        .containsEntry("unique_id", "4B384547303034303436333935353037")
        .containsEntry("active_tariff", 2L)
        .containsEntry("total_power_import_kwh", new BigDecimal("6.825"))
        .containsEntry("total_power_import_t1_kwh", new BigDecimal("4.426"))
        .containsEntry("total_power_import_t2_kwh", new BigDecimal("2.399"))
        .containsEntry("total_power_export_kwh", new BigDecimal("2.444"))
        .containsEntry("active_power_w", new BigDecimal("244"))
        .containsEntry("active_power_l1_w", new BigDecimal("70"))
        .containsEntry("active_voltage_l1_v", new BigDecimal("230.0"))
        .containsEntry("active_current_l3_a", new BigDecimal("0.86"))
        .containsEntry("total_gas_m3", new BigDecimal("0.107"))
        .containsEntry("gas_timestamp", 170102161005L)
        .containsEntry("gas_unique_id", "2222ABCD123456789");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> external = (List<Map<String, Object>>) data.get("external");
    assertThat(external).singleElement().satisfies(device -> assertThat(device)
        .containsEntry("type", "gas_meter")
        .containsEntry("unit", "m3")
        .containsEntry("value", new BigDecimal("0.107")));
  }

  /**
   * Every name hanport writes is one HomeWizard documents for the HWE-P1 (docs/v1/measurement.mdx,
   * parameters table and its 3-phase example, which adds active_tariff and gas_unique_id).
   */
  static final java.util.Set<String> DOCUMENTED =
      java.util.Set.of(
          "unique_id", "smr_version", "meter_model", "wifi_ssid", "wifi_strength", "active_tariff",
          "total_power_import_kwh", "total_power_import_t1_kwh", "total_power_import_t2_kwh",
          "total_power_import_t3_kwh", "total_power_import_t4_kwh", "total_power_export_kwh",
          "total_power_export_t1_kwh", "total_power_export_t2_kwh", "total_power_export_t3_kwh",
          "total_power_export_t4_kwh", "active_power_w", "active_power_l1_w", "active_power_l2_w",
          "active_power_l3_w", "active_voltage_l1_v", "active_voltage_l2_v", "active_voltage_l3_v",
          "active_current_l1_a", "active_current_l2_a", "active_current_l3_a", "active_frequency_hz",
          "voltage_sag_l1_count", "voltage_sag_l2_count", "voltage_sag_l3_count",
          "voltage_swell_l1_count", "voltage_swell_l2_count", "voltage_swell_l3_count",
          "any_power_fail_count", "long_power_fail_count", "active_power_average_w",
          "montly_power_peak_w", "montly_power_peak_timestamp", "total_gas_m3", "gas_timestamp",
          "gas_unique_id", "external");

  @Test
  void everyNameWrittenIsDocumented() throws IOException {
    for (String capture :
        List.of("captures/p1_dsmr_parser_v5.txt", "captures/p1_se_ell5_hanporten_7945.txt",
            "captures/p1_openhab_iskra_am550.txt")) {
      assertThat(api.data(decode(capture)).keySet()).as(capture).isSubsetOf(DOCUMENTED);
    }
  }

  @Test
  void voltageSagsAndSwellsPerPhase() throws IOException {
    Map<String, Object> data = api.data(decode("captures/p1_dsmr_parser_v5.txt"));

    assertThat(data)
        .containsEntry("voltage_sag_l1_count", 0L)
        .containsEntry("voltage_sag_l3_count", 0L)
        .containsEntry("voltage_swell_l3_count", 0L);
    assertThat(api.data(decode("captures/p1_se_ell5_hanporten_7945.txt")))
        .as("absent where the meter sends no such register")
        .doesNotContainKeys("voltage_sag_l1_count", "voltage_swell_l1_count");
  }

  @Test
  void swedishMeterLeavesOutWhatItDoesNotSend() throws IOException {
    Map<String, Object> data = api.data(decode("captures/p1_se_ell5_hanporten_7945.txt"));

    assertThat(data)
        .containsEntry("total_power_import_kwh", new BigDecimal("6678.394"))
        .containsEntry("active_power_w", new BigDecimal("1727"))
        .doesNotContainKeys("smr_version", "active_tariff", "unique_id", "total_gas_m3", "total_power_import_t1_kwh");
  }

  @Test
  void activePowerIsNetAndNegativeWhileExporting() {
    Telegram telegram =
        Telegram.dsmr(
            "ELL5\\253833635_A",
            List.of(
                quantity("1-0:1.7.0", "0000.000", "kW"),
                quantity("1-0:2.7.0", "0001.500", "kW"),
                quantity("1-0:21.7.0", "0000.200", "kW"),
                quantity("1-0:22.7.0", "0000.000", "kW")));
    Reading reading = new ReadingMapper(DecoderOptions.DEFAULT_ZONE).map(telegram);

    Map<String, Object> data = api.data(new MeterReading("m", "test", Instant.EPOCH, reading, new byte[0]));

    assertThat(data.get("active_power_w")).isEqualTo(new BigDecimal("-1500"));
    assertThat(data.get("active_power_l1_w")).isEqualTo(new BigDecimal("200"));
  }

  private static CosemObject quantity(String code, String value, String unit) {
    return CosemObject.of(ObisCode.parse(code), CosemValue.Quantity.of(value, unit));
  }

  @Test
  void deviceDescribesAHomeWizardP1Meter() {
    assertThat(api.device("home"))
        .containsEntry("product_type", "HWE-P1")
        .containsEntry("product_name", "P1 Meter")
        .containsEntry("api_version", "v1")
        .containsKeys("product_name", "serial", "firmware_version");
    assertThat((String) api.device("home").get("serial")).matches("[0-9a-f]{12}");
  }

  private static MeterReading decode(String resource) throws IOException {
    byte[] bytes;
    try (InputStream in = HomeWizardApiTest.class.getClassLoader().getResourceAsStream(resource)) {
      bytes = in.readAllBytes();
    }
    List<MeterReading> readings = new ArrayList<>();
    MeterDecoder decoder =
        new MeterDecoder(
            DecoderOptions.defaults(),
            new MeterDecoder.Listener() {
              @Override
              public void decoded(Reading reading, Frame frame) {
                readings.add(new MeterReading("m", "test", Instant.EPOCH, reading, frame.raw()));
              }

              @Override
              public void rejected(Rejection rejection) {
                throw new AssertionError(rejection.toString());
              }
            });
    decoder.feed(bytes);
    decoder.finish();
    return readings.get(0);
  }
}
