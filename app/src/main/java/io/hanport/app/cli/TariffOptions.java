package io.hanport.app.cli;

import io.hanport.app.serve.TariffSettings;
import io.hanport.app.tariff.HttpPriceSource;
import io.hanport.app.tariff.PriceFiles;
import io.hanport.app.tariff.PriceSource;
import io.hanport.app.tariff.RulesReader;
import io.hanport.app.tariff.ShippedTariffs;
import io.hanport.app.tariff.SpotPrice;
import io.hanport.app.tariff.TariffException;
import io.hanport.app.tariff.TariffRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The tariff options of {@code serve} and {@code demo} (issue 8); like every option also from
 * {@code HANPORT_TARIFF} … and {@code hanport.yaml}. Rules and price files are read at start, so a
 * mistake in them stops the command with one line naming file, line and fix.
 */
final class TariffOptions {

  @Option(names = "--tariff", paramLabel = "FILE|NAME",
      description = "Show costs and peak headroom under this tariff: a rule file (YAML) or a"
          + " shipped one: ellevio, sollentuna, elvia, griug, fluvius.")
  String tariff;

  @Option(names = "--prices", paramLabel = "FILE",
      description = "Spot prices, CSV (start,end,price_per_kwh,currency) or JSON, without VAT.")
  Path prices;

  @Option(names = "--price-url", paramLabel = "URL",
      description = "Fetch today's and tomorrow's spot prices from this URL, hourly;"
          + " {zone} and {date} are filled in.")
  String priceUrl;

  @Option(names = "--bidding-zone", paramLabel = "ZONE", defaultValue = "",
      description = "Bidding zone of the prices (SE3, NO1, DK2, FI …); needed with --price-url.")
  String biddingZone;

  /** The tariff these options name; empty without {@code --tariff}. */
  Optional<TariffSettings> settings(CommandSpec spec) {
    if (tariff == null || tariff.isEmpty()) {
      if (prices != null || priceUrl != null) {
        throw new ParameterException(spec.commandLine(),
            "--prices and --price-url need --tariff: prices alone cannot make a bill");
      }
      return Optional.empty();
    }
    return Optional.of(settings(spec, rules(spec, tariff), List.of(), Optional.empty()));
  }

  /**
   * The tariff with {@code demoRules} unless {@code --tariff} names another, and {@code demoPrices}
   * unless {@code --prices} or {@code --price-url} give real ones.
   */
  TariffSettings demo(CommandSpec spec, String demoRules, List<SpotPrice> demoPrices,
      String demoLabel) {
    TariffRules rules = rules(spec, tariff == null || tariff.isEmpty() ? demoRules : tariff);
    if (prices != null || priceUrl != null) {
      return settings(spec, rules, List.of(), Optional.empty());
    }
    return settings(spec, rules, demoPrices, Optional.of(demoLabel));
  }

  private TariffSettings settings(CommandSpec spec, TariffRules rules, List<SpotPrice> given,
      Optional<String> givenLabel) {
    if (priceUrl != null && biddingZone.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--price-url needs --bidding-zone, e.g. SE3");
    }
    String zone = biddingZone.isEmpty() ? "prices" : biddingZone;
    try {
      Optional<PriceSource> source = Optional.empty();
      Optional<String> label = givenLabel;
      List<SpotPrice> filePrices = given;
      if (priceUrl != null) {
        source = Optional.of(HttpPriceSource.of(priceUrl, rules.timeZone(), rules.currency()));
        label = Optional.of(zone + " from " + host(priceUrl));
      }
      if (prices != null) {
        filePrices = PriceFiles.parse(prices.toString(), read(prices, "price file"),
            rules.timeZone(), rules.currency());
        label = Optional.of(label.map(fetched -> fetched + " and ").orElse("")
            + prices.getFileName());
      }
      return new TariffSettings(rules, filePrices, source, zone, label);
    } catch (TariffException invalid) {
      throw new ParameterException(spec.commandLine(), invalid.getMessage());
    }
  }

  /** A rule file, or a shipped one by name when no such file exists. */
  static TariffRules rules(CommandSpec spec, String fileOrName) {
    try {
      Optional<String> shipped =
          Files.exists(Path.of(fileOrName)) ? Optional.empty() : ShippedTariffs.text(fileOrName);
      if (shipped.isPresent()) {
        return RulesReader.read("tariffs/" + fileOrName + ".yaml", shipped.get());
      }
      return RulesReader.read(fileOrName, read(Path.of(fileOrName), "tariff rule file"));
    } catch (TariffException invalid) {
      throw new ParameterException(spec.commandLine(), invalid.getMessage());
    } catch (IOException unreadable) {
      throw new UnreadableInputException(
          "cannot read tariff rule file " + fileOrName + ": " + unreadable.getMessage());
    }
  }

  /** The URL's host alone: a price URL may carry an API key, which status must not show. */
  private static String host(String url) {
    String rest = url.substring(url.indexOf("://") + 3);
    int end = rest.indexOf('/');
    String authority = end < 0 ? rest : rest.substring(0, end);
    return authority.substring(authority.lastIndexOf('@') + 1);
  }

  /** A file's text; a missing rule file's message lists the shipped tariffs. */
  static String read(Path file, String what) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException missing) {
      throw new UnreadableInputException(what + " " + file + " does not exist"
          + (what.contains("rule") ? "; shipped tariffs: " + String.join(", ", ShippedTariffs.NAMES)
              : ""));
    } catch (IOException unreadable) {
      throw new UnreadableInputException(
          "cannot read " + what + " " + file + ": " + unreadable.getMessage());
    }
  }
}
