package io.hanport.app.tariff;

import static io.hanport.app.tariff.TariffCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hanport tariff check} end to end on an energy file. */
class TariffCheckCommandTest {

  @TempDir Path dir;

  /**
   * January 2026, hourly, 1 kWh an hour; 14 Jan 17:00 5 kWh, 20 Jan 08:00 4 kWh, 21 Jan 23:00 6
   * kWh.
   */
  private Path energyFile() throws Exception {
    StringBuilder csv = new StringBuilder("start,import_kwh\n");
    for (LocalDateTime t = LocalDateTime.parse("2026-01-01T00:00");
        t.isBefore(LocalDateTime.parse("2026-02-01T00:00"));
        t = t.plusHours(1)) {
      String kwh =
          switch (t.toString()) {
            case "2026-01-14T17:00" -> "5";
            case "2026-01-20T08:00" -> "4";
            case "2026-01-21T23:00" -> "6";
            default -> "1";
          };
      csv.append(t.toString().replace('T', ' ')).append(',').append(kwh).append('\n');
    }
    return Files.writeString(dir.resolve("energy.csv"), csv);
  }

  @Test
  void aMonthUnderTheShippedEllevioRulesIsItemisedWithItsPeaks() throws Exception {
    TariffCli.Run run =
        run(
            "check",
            "--rules",
            "ellevio",
            "--energy",
            energyFile().toString(),
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    // 744 h: 741 × 1 + 5 + 4 + 6 = 756 kWh. Peaks: 14 Jan 5, 20 Jan 4, 21 Jan 6 × 0.5 = 3;
    // (5 + 4 + 3) / 3 = 4.0 kW × 65 SEK/kW = 260.00 without VAT.
    assertThat(run.out())
        .contains("Tariff  Ellevio, house 16–25 A (tariffs/ellevio.yaml)")
        .contains("Spot    no spot prices given: grid charges only")
        .containsPattern("Energy imported +756\\.000 kWh")
        .contains("(peak charge: mean of the 3 highest 60-minute demands, one per day)")
        .containsPattern("  Peak charge +4\\.000 kW × 65 SEK/kW +260\\.00\n")
        .contains("2026-01-14 17:00–18:00 (+01:00)")
        .containsPattern(
            "2026-01-21 23:00–24:00 \\(\\+01:00\\) +3\\.000 kW \\(6\\.000 kW × 0\\.5\\)")
        .containsPattern("Fixed: Fast avgift 16–25 A +292\\.00");
  }

  @Test
  void pricesMakeTheSpotLineAndMissingOnesAreListed() throws Exception {
    Path prices =
        Files.writeString(
            dir.resolve("prices.csv"),
            "start;end;price_per_kwh\n2026-01-01 00:00;2026-01-31 00:00;0,5\n");
    TariffCli.Run run =
        run(
            "check",
            "--rules",
            "ellevio",
            "--energy",
            energyFile().toString(),
            "--prices",
            prices.toString(),
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31");
    assertThat(run.exitCode()).isZero();
    // 30 days priced: 756 − 24 (31 Jan) = 732 kWh × 0.5 = 366.00.
    assertThat(run.out())
        .containsPattern("Spot energy +756\\.000 kWh +366\\.00")
        .contains(
            "Spot prices missing (not priced at zero), 1 span:\n  2026-01-31 00:00–24:00 (+01:00)");
    assertThat(run.err())
        .isEqualTo("hanport: the bill is incomplete; the gaps are listed at its end.\n");
  }

  @Test
  void anInvalidRuleFileIsAUsageErrorNamingTheLine() throws Exception {
    Path rules =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "name: Bad\ncurrency: SEK\ntime_zone: Europe/Stockholm\nvat: 0.25\n"
                + "prices_include_vat: false\npeak:\n  measure_minutes: 60\n  top_n: three\n"
                + "  price_per_kw: 1\n");
    TariffCli.Run run =
        run(
            "check",
            "--rules",
            rules.toString(),
            "--energy",
            energyFile().toString(),
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(rules + ":8: peak.top_n must be a whole number ≥ 1, got \"three\"");
  }

  @Test
  void aMissingEnergyFileIsAnUnreadableInput() {
    TariffCli.Run run =
        run(
            "check",
            "--rules",
            "ellevio",
            "--energy",
            dir.resolve("none.csv").toString(),
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("hanport: energy file " + dir.resolve("none.csv") + " does not exist\n");
  }

  @Test
  void theDayRangeMustRunForwards() throws Exception {
    TariffCli.Run run =
        run(
            "check",
            "--rules",
            "ellevio",
            "--energy",
            energyFile().toString(),
            "--from",
            "2026-01-31",
            "--to",
            "2026-01-01");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("--to 2026-01-01 is before --from 2026-01-31");
  }
}
