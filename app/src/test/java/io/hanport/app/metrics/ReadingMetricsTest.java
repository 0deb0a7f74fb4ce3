package io.hanport.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReadingMetricsTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void everyFieldTheMeterSendsIsOneSampleAndNoOtherFieldIs() {
    ReadingMetrics metrics = new ReadingMetrics();
    MeterReading reading = onePhaseMeter("cabin");
    metrics.accept(reading);

    List<ExpositionParser.Sample> samples = render(metrics);

    Set<String> names = samples.stream().map(ExpositionParser.Sample::name).collect(Collectors.toSet());
    assertThat(names)
        .containsExactlyInAnyOrder(
            "hanport_reading_received_timestamp_seconds",
            "hanport_header_info",
            "hanport_energy_import_kwh_total",
            "hanport_power_import_w",
            "hanport_voltage_l1_v",
            "hanport_current_l1_a",
            "hanport_tariff_info");
    assertThat(names).doesNotContain("hanport_voltage_l2_v", "hanport_current_l3_a");
  }

  @Test
  void valuesAndTypesFollowTheReading() {
    ReadingMetrics metrics = new ReadingMetrics();
    metrics.accept(onePhaseMeter("cabin"));

    Map<String, ExpositionParser.Sample> byName =
        render(metrics).stream().collect(Collectors.toMap(ExpositionParser.Sample::name, s -> s));

    assertThat(byName.get("hanport_energy_import_kwh_total").type()).isEqualTo("counter");
    assertThat(byName.get("hanport_energy_import_kwh_total").value()).isEqualTo(6678.394);
    assertThat(byName.get("hanport_power_import_w").type()).isEqualTo("gauge");
    assertThat(byName.get("hanport_power_import_w").value()).isEqualTo(1727);
    assertThat(byName.get("hanport_power_import_w").labels()).containsExactly(Map.entry("meter", "cabin"));
    assertThat(byName.get("hanport_tariff_info").labels()).containsEntry("value", "0002");
  }

  @Test
  void severalMetersShareEachFamilyBlock() {
    ReadingMetrics metrics = new ReadingMetrics();
    metrics.accept(onePhaseMeter("b \"quoted\" \\ meter"));
    metrics.accept(onePhaseMeter("a"));

    List<ExpositionParser.Sample> power =
        render(metrics).stream().filter(s -> s.name().equals("hanport_power_import_w")).toList();

    assertThat(power).extracting(s -> s.labels().get("meter")).containsExactly("a", "b \\\"quoted\\\" \\\\ meter");
  }

  @Test
  void meterClockIsAUnixTimeNotANewSeriesPerReading() {
    Telegram telegram =
        Telegram.dsmr(
            "ELL5\\253833635_A",
            List.of(CosemObject.of(ObisCode.parse("0-0:1.0.0"), new CosemValue.Text("210217184019W"))));
    ReadingMetrics metrics = new ReadingMetrics();
    metrics.accept(
        new MeterReading("home", "test", RECEIVED, new ReadingMapper(DecoderOptions.DEFAULT_ZONE).map(telegram), new byte[0]));

    Map<String, ExpositionParser.Sample> byName =
        render(metrics).stream().collect(Collectors.toMap(ExpositionParser.Sample::name, s -> s));

    // 2021-02-17T18:40:19+01:00 (DSMR 'W' is winter time, READING.md)
    assertThat(byName.get("hanport_meter_time_seconds").value()).isEqualTo(1613583619);
    assertThat(byName).doesNotContainKey("hanport_meter_time_info");
  }

  @Test
  void jvmHealthParses() {
    PrometheusText text = new PrometheusText();
    JvmMetrics.writeTo(text);

    assertThat(ExpositionParser.parse(text.toString()))
        .extracting(ExpositionParser.Sample::name)
        .contains("jvm_memory_heap_used_bytes", "jvm_threads_live", "process_uptime_seconds");
  }

  private static List<ExpositionParser.Sample> render(ReadingMetrics metrics) {
    PrometheusText text = new PrometheusText();
    metrics.writeTo(text);
    return ExpositionParser.parse(text.toString());
  }

  private static MeterReading onePhaseMeter(String meter) {
    Telegram telegram =
        Telegram.dsmr(
            "ABC5 one phase",
            List.of(
                quantity("1-0:1.8.0", "00006678.394", "kWh"),
                quantity("1-0:1.7.0", "0001.727", "kW"),
                quantity("1-0:32.7.0", "230.1", "V"),
                quantity("1-0:31.7.0", "7.5", "A"),
                CosemObject.of(ObisCode.parse("0-0:96.14.0"), new CosemValue.Text("0002"))));
    Reading reading = new ReadingMapper(DecoderOptions.DEFAULT_ZONE).map(telegram);
    assertThat(reading.has(Field.VOLTAGE_L2_V)).isFalse();
    return new MeterReading(meter, "test", RECEIVED, reading, new byte[0]);
  }

  private static CosemObject quantity(String code, String value, String unit) {
    return CosemObject.of(ObisCode.parse(code), CosemValue.Quantity.of(value, unit));
  }
}
