package io.hanport.app.cli;

import static io.hanport.app.cli.StoreCliFixture.STOCKHOLM;
import static io.hanport.app.cli.StoreCliFixture.csv;
import static io.hanport.app.cli.StoreCliFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hanport.app.sim.Profile;
import io.hanport.app.sim.Simulator;
import io.hanport.app.store.EnergyInterval;
import io.hanport.app.store.Resolution;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hanport export} end to end: what the store holds, per interval, with gaps as gaps. */
class StoreExportCommandTest {

  private static final LocalDate FIRST = LocalDate.parse("2026-01-10");
  private static final LocalDate LAST = LocalDate.parse("2026-01-11");
  private static final DateTimeFormatter OFFSET_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  @TempDir Path dir;

  private String db() {
    return "sqlite:" + dir.resolve("hanport.db");
  }

  static void checkRowsEqualHistory(String csvText, List<EnergyInterval> history) {
    List<Map<String, String>> rows = csv(csvText);
    assertThat(rows).hasSameSizeAs(history);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      EnergyInterval interval = history.get(i);
      assertThat(row.get("start"))
          .isEqualTo(OFFSET_TIME.format(interval.start().atZone(STOCKHOLM)));
      assertThat(row.get("end")).isEqualTo(OFFSET_TIME.format(interval.end().atZone(STOCKHOLM)));
      assertThat(new BigDecimal(row.get("import_kwh"))).isEqualByComparingTo(interval.importKwh());
      assertThat(new BigDecimal(row.get("export_kwh"))).isEqualByComparingTo(interval.exportKwh());
      assertThat(row.get("readings")).isEqualTo(String.valueOf(interval.readings()));
      assertThat(Double.parseDouble(row.get("power_max_w")))
          .isEqualTo(interval.measurements().powerMaxW().getAsDouble());
      assertThat(Double.parseDouble(row.get("voltage_min_v")))
          .isEqualTo(interval.measurements().voltageMinV().getAsDouble());
    }
  }

  @Test
  void exportOfACaptureRangeEqualsTheStoresHistory() throws Exception {
    Path capture =
        Files.write(dir.resolve("days.txt"), StoreCliFixture.swedishCapture(FIRST, LAST));
    ok("import", "--input", capture.toString(), "--db", db());
    String meter = StoreCliFixture.onlyMeter(db());

    for (Resolution resolution : Resolution.values()) {
      String text =
          ok(
                  "export",
                  "--from",
                  FIRST.toString(),
                  "--to",
                  LAST.toString(),
                  "--resolution",
                  resolution.code(),
                  "--db",
                  db())
              .out();
      checkRowsEqualHistory(
          text,
          StoreCliFixture.history(
              db(),
              meter,
              resolution == Resolution.MONTH ? FIRST.withDayOfMonth(1) : FIRST,
              resolution == Resolution.MONTH ? LAST.withDayOfMonth(31) : LAST,
              resolution));
    }
    assertThat(
            csv(
                ok(
                        "export",
                        "--from",
                        FIRST.toString(),
                        "--to",
                        LAST.toString(),
                        "--resolution",
                        "15m",
                        "--db",
                        db())
                    .out()))
        .hasSize(2 * 96);
  }

  @Test
  void toIsInclusiveAndTheHeaderNamesEveryColumn() throws Exception {
    ok("import", "--input", "sim:se-p1?from=2026-01-10&to=2026-01-11", "--db", db());

    String text =
        ok(
                "export",
                "--from",
                "2026-01-11",
                "--to",
                "2026-01-11",
                "--resolution",
                "1h",
                "--db",
                db())
            .out();

    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo(
            "start,end,import_kwh,export_kwh,readings,complete,segment_breaks,power_min_w,"
                + "power_max_w,power_mean_w,current_l1_max_a,current_l2_max_a,current_l3_max_a,"
                + "voltage_min_v,voltage_max_v");
    List<Map<String, String>> hours = csv(text);
    assertThat(hours).hasSize(24);
    assertThat(hours.get(23).get("end")).isEqualTo("2026-01-12T00:00:00+01:00");
  }

  @Test
  void aSilentDayIsAGapRowWithoutValuesNeverZeroEnergy() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Simulator meter = Simulator.create(Profile.SE_P1, 1, FIRST.atStartOfDay(STOCKHOLM).toInstant());
    meter.generate(day(1), frame -> bytes.write(frame.bytes(), 0, frame.bytes().length));
    meter.generate(day(2), frame -> {});
    meter.generate(day(3), frame -> bytes.write(frame.bytes(), 0, frame.bytes().length));
    Path capture = Files.write(dir.resolve("gap.txt"), bytes.toByteArray());
    ok("import", "--input", capture.toString(), "--db", db());

    List<Map<String, String>> days =
        csv(
            ok(
                    "export",
                    "--from",
                    "2026-01-10",
                    "--to",
                    "2026-01-12",
                    "--resolution",
                    "1d",
                    "--db",
                    db())
                .out());
    String json =
        ok(
                "export",
                "--from",
                "2026-01-10",
                "--to",
                "2026-01-12",
                "--resolution",
                "1d",
                "--format",
                "json",
                "--db",
                db())
            .out();

    assertThat(days).hasSize(3);
    assertThat(days.get(1).get("start")).isEqualTo("2026-01-11T00:00:00+01:00");
    assertThat(days.get(1).get("import_kwh")).isEmpty();
    assertThat(days.get(1).get("readings")).isEmpty();
    assertThat(days.get(2).get("complete")).isEqualTo("false");
    JsonNode gap = new ObjectMapper().readTree(json.lines().toList().get(1));
    assertThat(gap.get("gap").asBoolean()).isTrue();
    assertThat(gap.has("import_kwh")).isFalse();
    assertThat(gap.get("end").asText()).isEqualTo("2026-01-12T00:00:00+01:00");
  }

  @Test
  void jsonLinesCarryTheSameNumbersAsTheCsvAndOutputWritesAFile() throws Exception {
    ok("import", "--input", "sim:se-p1?from=2026-01-10&to=2026-01-10", "--db", db());
    Path file = dir.resolve("day.json");

    ok(
        "export",
        "--from",
        "2026-01-10",
        "--to",
        "2026-01-10",
        "--resolution",
        "1h",
        "--format",
        "json",
        "--output",
        file.toString(),
        "--db",
        db());
    List<Map<String, String>> rows =
        csv(
            ok(
                    "export",
                    "--from",
                    "2026-01-10",
                    "--to",
                    "2026-01-10",
                    "--resolution",
                    "1h",
                    "--db",
                    db())
                .out());

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(24);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode hour = new ObjectMapper().readTree(lines.get(i));
      assertThat(hour.get("start").asText()).isEqualTo(rows.get(i).get("start"));
      assertThat(hour.get("import_kwh").decimalValue())
          .isEqualByComparingTo(new BigDecimal(rows.get(i).get("import_kwh")));
      assertThat(hour.get("readings").asInt()).isEqualTo(360);
    }
  }

  private static Instant day(int plus) {
    return FIRST.plusDays(plus).atStartOfDay(STOCKHOLM).toInstant();
  }
}
