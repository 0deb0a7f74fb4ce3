package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s tariff options (issue 8) are checked before anything starts: each mistake is one
 * line naming the fix, and they come from the environment and the config file like every option.
 */
class ServeTariffOptionsTest {

  @TempDir Path dir;

  @Test
  void pricesWithoutATariffAreAUsageError() {
    CliRunner.Result result =
        CliRunner.run("serve", "--input", "sim:se-p1", "--prices", "se3.csv");

    assertOneLineError(result, 2);
    assertThat(result.err()).contains("--prices and --price-url need --tariff");
  }

  @Test
  void anUnknownTariffNamesTheShippedOnes() {
    CliRunner.Result result = CliRunner.run("serve", "--input", "sim:se-p1", "--tariff", "ellevi");

    assertOneLineError(result, 1);
    assertThat(result.err()).isEqualTo("hanport: tariff rule file ellevi does not exist; shipped"
        + " tariffs: ellevio, sollentuna, elvia, griug, fluvius\n");
  }

  @Test
  void aPriceUrlNeedsABiddingZone() {
    CliRunner.Result result = CliRunner.run("serve", "--input", "sim:se-p1", "--tariff",
        "ellevio", "--price-url", "https://prices.example/{zone}/{date}.json");

    assertOneLineError(result, 2);
    assertThat(result.err()).contains("--price-url needs --bidding-zone, e.g. SE3");
  }

  @Test
  void aBrokenPriceFileIsNamedWithItsLine() throws Exception {
    Path prices = dir.resolve("se3.csv");
    Files.writeString(
        prices,
        "start,price_per_kwh,currency\n2026-03-10T00:00,0.5,SEK\n2026-03-10T01:00,cheap,SEK\n");

    CliRunner.Result result = CliRunner.run("serve", "--input", "sim:se-p1", "--tariff",
        "ellevio", "--prices", prices.toString());

    assertOneLineError(result, 2);
    assertThat(result.err()).contains("se3.csv:3:", "cheap");
  }

  @Test
  void theTariffComesFromTheEnvironmentAndTheConfigFile() throws Exception {
    CliRunner.Result fromEnv = CliRunner.run(new byte[0], Map.of("HANPORT_TARIFF", "nosuch"),
        "serve", "--input", "sim:se-p1");
    Path config = dir.resolve("hanport.yaml");
    Files.writeString(config, "tariff: elsewhere\nprice-url: https://p.example/{date}\n");
    CliRunner.Result fromFile =
        CliRunner.run("serve", "--input", "sim:se-p1", "--config", config.toString());

    assertThat(fromEnv.err()).contains("tariff rule file nosuch does not exist");
    assertThat(fromFile.err()).contains("tariff rule file elsewhere does not exist");
  }

  private static void assertOneLineError(CliRunner.Result result, int exitCode) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).doesNotContain("Exception", "\tat ");
  }
}
