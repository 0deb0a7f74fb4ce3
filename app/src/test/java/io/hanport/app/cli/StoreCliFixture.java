package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.sim.Profile;
import io.hanport.app.sim.Simulator;
import io.hanport.app.store.EnergyInterval;
import io.hanport.app.store.Resolution;
import io.hanport.app.store.Store;
import io.hanport.app.store.Stores;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the store command tests share: simulated captures, CSV parsing, the store's own view. */
final class StoreCliFixture {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private StoreCliFixture() {}

  /** A Swedish meter's raw telegrams, back to back, from one local midnight to another. */
  static byte[] swedishCapture(LocalDate first, LocalDate last) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Simulator meter = Simulator.create(Profile.SE_P1, 1, first.atStartOfDay(STOCKHOLM).toInstant());
    meter.generate(
        last.plusDays(1).atStartOfDay(STOCKHOLM).toInstant(),
        frame -> bytes.write(frame.bytes(), 0, frame.bytes().length));
    return bytes.toByteArray();
  }

  static CliRunner.Result ok(String... args) {
    CliRunner.Result result = CliRunner.run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  static CliRunner.Result okWithStdin(byte[] stdin, String... args) {
    CliRunner.Result result = CliRunner.run(stdin, Map.of(), args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  /** The summary's figure for one label, e.g. {@code readings stored}. */
  static long summary(CliRunner.Result result, String label) {
    return result
        .out()
        .lines()
        .filter(line -> line.strip().startsWith(label))
        .map(line -> Long.parseLong(line.strip().substring(label.length()).strip()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + label + "' in " + result.out()));
  }

  /** CSV rows as maps from header names to cells. */
  static List<Map<String, String>> csv(String text) {
    List<String> lines = text.lines().toList();
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells).hasSameSizeAs(header.toArray());
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < cells.length; i++) {
        row.put(header.get(i), cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  static List<EnergyInterval> history(
      String database, String meter, LocalDate first, LocalDate last, Resolution resolution) {
    Instant from = first.atStartOfDay(STOCKHOLM).toInstant();
    Instant to = last.plusDays(1).atStartOfDay(STOCKHOLM).toInstant();
    try (Store store = Stores.open(database, STOCKHOLM)) {
      return store.history(meter, from, to, resolution);
    }
  }

  static String onlyMeter(String database) {
    try (Store store = Stores.open(database, STOCKHOLM)) {
      assertThat(store.meters()).hasSize(1);
      return store.meters().get(0).name();
    }
  }
}
