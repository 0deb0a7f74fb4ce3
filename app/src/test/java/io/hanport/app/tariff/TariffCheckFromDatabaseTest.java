package io.hanport.app.tariff;

import static io.hanport.app.tariff.TariffCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.store.Store;
import io.hanport.app.store.Stores;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.ReadingMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hanport tariff check --db}: the bill from the history store's rollups, which must equal
 * the bill from the same energy as a CSV file ({@link TariffCheckCommandTest}'s January), and spot
 * prices kept in the database for the next run.
 */
class TariffCheckFromDatabaseTest {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter DSMR_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss");
  private static final ObisCode CLOCK = ObisCode.parse("0-0:1.0.0");
  private static final ObisCode ENERGY_IMPORT = ObisCode.parse("1-0:1.8.0");

  @TempDir Path dir;
  private String database;

  @BeforeEach
  void storeJanuary() {
    database = "sqlite:" + dir.resolve("hanport.db");
    try (Store store = Stores.open(database, STOCKHOLM)) {
      List<MeterReading> readings = januaryEveryMinute();
      for (int from = 0; from < readings.size(); from += 5_000) {
        store.append(readings.subList(from, Math.min(readings.size(), from + 5_000)));
      }
    }
  }

  /**
   * 1 kWh an hour, except 14 Jan 17:00 5 kWh, 20 Jan 08:00 4 kWh and 21 Jan 23:00 6 kWh; a reading
   * a minute from 1 Jan 00:00 to 1 Feb 00:00, the register exact on every quarter hour.
   */
  private static List<MeterReading> januaryEveryMinute() {
    ReadingMapper mapper = new ReadingMapper(STOCKHOLM);
    List<MeterReading> readings = new ArrayList<>();
    long hourStartWh = 1_000_000;
    for (LocalDateTime hour = LocalDateTime.parse("2026-01-01T00:00");
        hour.isBefore(LocalDateTime.parse("2026-02-01T00:00"));
        hour = hour.plusHours(1)) {
      long hourWh = hourWh(hour.toString());
      for (int minute = 0; minute < 60; minute++) {
        readings.add(reading(mapper, hour.plusMinutes(minute), hourStartWh + hourWh * minute / 60));
      }
      hourStartWh += hourWh;
    }
    readings.add(reading(mapper, LocalDateTime.parse("2026-02-01T00:00"), hourStartWh));
    return readings;
  }

  private static long hourWh(String hour) {
    switch (hour) {
      case "2026-01-14T17:00":
        return 5_000;
      case "2026-01-20T08:00":
        return 4_000;
      case "2026-01-21T23:00":
        return 6_000;
      default:
        return 1_000;
    }
  }

  private static MeterReading reading(ReadingMapper mapper, LocalDateTime local, long importWh) {
    Instant time = local.atZone(STOCKHOLM).toInstant();
    // January: Swedish winter time, 'W' in DSMR's timestamp.
    String dsmrTime = local.format(DSMR_TIME) + "W";
    List<CosemObject> objects =
        List.of(
            CosemObject.of(CLOCK, new CosemValue.Text(dsmrTime)),
            CosemObject.of(
                ENERGY_IMPORT, new CosemValue.Quantity(BigDecimal.valueOf(importWh, 3), "kWh")));
    return new MeterReading(
        "main", "test", time, mapper.map(Telegram.dsmr("ELL5\\253833635_A", objects)), new byte[0]);
  }

  @Test
  void aStoredMonthIsBilledLikeTheSameEnergyFromAFile() {
    TariffCli.Run run =
        run("check", "--rules", "ellevio", "--db", database, "--from", "2026-01-01", "--to",
            "2026-01-31");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    // As in TariffCheckCommandTest: 756 kWh; peaks 5, 4 and 6 × 0.5 (night) → 4.000 kW × 65 SEK.
    assertThat(run.out())
        .containsPattern("Energy imported +756\\.000 kWh")
        .containsPattern("  Peak charge +4\\.000 kW × 65 SEK/kW +260\\.00\n")
        .contains("2026-01-14 17:00–18:00 (+01:00)")
        .containsPattern(
            "2026-01-21 23:00–24:00 \\(\\+01:00\\) +3\\.000 kW \\(6\\.000 kW × 0\\.5\\)");
  }

  @Test
  void pricesGivenOnceAreKeptInTheDatabaseForTheNextBill() throws Exception {
    Path prices =
        Files.writeString(
            dir.resolve("prices.csv"),
            "start;end;price_per_kwh\n2026-01-01 00:00;2026-01-31 00:00;0,5\n");
    TariffCli.Run first =
        run("check", "--rules", "ellevio", "--db", database, "--bidding-zone", "SE3", "--prices",
            prices.toString(), "--from", "2026-01-01", "--to", "2026-01-30");
    Files.delete(prices);
    TariffCli.Run second =
        run("check", "--rules", "ellevio", "--db", database, "--bidding-zone", "SE3", "--from",
            "2026-01-01", "--to", "2026-01-30");

    assertThat(first.exitCode()).isZero();
    assertThat(second.exitCode()).isZero();
    assertThat(second.err()).isEmpty();
    // 1–30 Jan: 756 − 24 kWh (31 Jan) = 732 kWh × 0.5 SEK = 366.00.
    assertThat(second.out()).containsPattern("Spot energy +732\\.000 kWh +366\\.00");
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void pricesForTheDatabaseNeedTheirBiddingZone() throws Exception {
    Path prices = Files.writeString(dir.resolve("prices.csv"), "start;price_per_kwh\n");
    TariffCli.Run run =
        run("check", "--rules", "ellevio", "--db", database, "--prices", prices.toString(),
            "--from", "2026-01-01", "--to", "2026-01-31");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("prices kept in the database need --bidding-zone, e.g. SE3");
  }

  @Test
  void aMissingDatabaseIsNamedAndNotCreated() {
    Path missing = dir.resolve("elsewhere/hanport.db");
    TariffCli.Run run =
        run("check", "--rules", "ellevio", "--db", "sqlite:" + missing, "--from", "2026-01-01",
            "--to", "2026-01-31");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no database at " + missing);
    assertThat(missing).doesNotExist();
  }

  @Test
  void energyComesFromTheFileOrTheDatabaseNotBoth() throws Exception {
    Path energy = Files.writeString(dir.resolve("energy.csv"), "start,import_kwh\n");
    TariffCli.Run run =
        run("check", "--rules", "ellevio", "--db", database, "--energy", energy.toString(),
            "--from", "2026-01-01", "--to", "2026-01-31");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("give --energy or --db, not both");
  }

  @Test
  void aDatabaseOpensInTheZoneItsDaysWereCutIn() {
    TariffCli.Run run =
        run("check", "--rules", "elvia", "--db", database, "--from", "2026-01-01", "--to",
            "2026-01-31");

    assertThat(run.err()).doesNotContain("keeps days and months in");
    assertThat(run.exitCode()).isZero();
  }
}
