package io.hanport.app.cli;

import io.hanport.app.serve.StoreEnergyProvider;
import io.hanport.app.serve.StorePriceStore;
import io.hanport.app.store.Store;
import io.hanport.app.store.StoreException;
import io.hanport.app.store.Stores;
import io.hanport.app.tariff.Bill;
import io.hanport.app.tariff.BillText;
import io.hanport.app.tariff.EnergyCsv;
import io.hanport.app.tariff.EnergyProvider;
import io.hanport.app.tariff.EnergySeries;
import io.hanport.app.tariff.HttpPriceSource;
import io.hanport.app.tariff.MemoryPriceStore;
import io.hanport.app.tariff.PriceFiles;
import io.hanport.app.tariff.PriceSource;
import io.hanport.app.tariff.PriceStore;
import io.hanport.app.tariff.PriceTable;
import io.hanport.app.tariff.SpotPrices;
import io.hanport.app.tariff.TariffEngine;
import io.hanport.app.tariff.TariffException;
import io.hanport.app.tariff.TariffRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hanport tariff check}: the bill for a period under a grid company's tariff, itemised like
 * an invoice. Register {@link TariffCommand} with {@code hanport}; energy comes through an {@link
 * EnergyProvider}: the history database's 15-minute rollups, or an energy CSV.
 */
@Command(
    name = "check",
    description = {
      "Computes what a period costs under a tariff rule file and prints it itemised: energy, each"
          + " fee and tax, fixed fees, the peak charge with its peaks and their times, VAT, total.",
      "Compare it with the grid company's invoice. Exit status: 0 bill printed (an incomplete one"
          + " lists what is missing), 1 input unreadable, 2 usage or rule-file error."
    },
    footer = {
      "",
      "Examples:",
      "  hanport tariff check --rules ellevio --energy energy.csv --from 2026-01-01 --to"
          + " 2026-01-31",
      "  hanport tariff check --rules ellevio --db sqlite:./data/hanport.db --bidding-zone SE3"
          + " --from 2026-01-01 --to 2026-01-31",
      "  hanport tariff check --rules my-grid.yaml --energy energy.csv --prices se3.csv"
          + " --from 2026-01-01 --to 2026-03-31 --days"
    })
public final class TariffCheckCommand implements Callable<Integer> {

  /** {@code hanport tariff}: the group holding {@code check}. */
  @Command(
      name = "tariff",
      description = "Tariffs: what the energy costs under a grid company's rules.",
      subcommands = TariffCheckCommand.class)
  public static final class TariffCommand implements Runnable {
    @Spec CommandSpec spec;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;

    @Override
    public void run() {
      throw new ParameterException(spec.commandLine(), "no tariff command given (try 'check')");
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--rules",
      required = true,
      paramLabel = "FILE",
      description =
          "Tariff rule file (YAML), or a shipped example: ellevio, sollentuna, elvia, griug,"
              + " fluvius.")
  String rules;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "First day, e.g. 2026-01-01.")
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DATE",
      description = "Last day, inclusive.")
  LocalDate to;

  @Option(
      names = "--energy",
      paramLabel = "FILE.csv",
      description =
          "Interval energy: start,end,import_kwh,export_kwh[,meter] per 15 or 60 minutes,"
              + " instead of the history database.")
  Path energy;

  @Option(
      names = "--db",
      paramLabel = "DB",
      description =
          "History database to bill from (default: "
              + Stores.DEFAULT_DB
              + "); spot prices given or fetched are kept in it.")
  String database;

  @Option(
      names = "--meter",
      defaultValue = "",
      paramLabel = "NAME",
      description = "The meter to bill.")
  String meter;

  @Option(
      names = "--prices",
      paramLabel = "FILE",
      description = "Spot prices, CSV (start,end,price_per_kwh,currency) or JSON, without VAT.")
  Path prices;

  @Option(
      names = "--price-url",
      paramLabel = "URL",
      description =
          "Fetch missing days' spot prices from this URL; {zone} and {date} are filled in.")
  String priceUrl;

  @Option(
      names = "--bidding-zone",
      paramLabel = "ZONE",
      defaultValue = "",
      description =
          "Bidding zone of the prices (SE3, NO1, DK2, FI, BE …); needed with --price-url.")
  String biddingZone;

  @Option(names = "--days", description = "Also print a line per day.")
  boolean perDay;

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
    }
    if (energy != null && database != null) {
      throw new ParameterException(
          spec.commandLine(), "give --energy or --db, not both: the energy comes from one place");
    }
    TariffRules tariff = tariff();
    if (energy != null) {
      return bill(tariff, energyFile(tariff), new MemoryPriceStore());
    }
    try (Store store = openStore(tariff)) {
      return bill(tariff, new StoreEnergyProvider(store), new StorePriceStore(store));
    } catch (StoreException unusable) {
      throw new UnreadableInputException(unusable.getMessage());
    }
  }

  private int bill(TariffRules tariff, EnergyProvider energyProvider, PriceStore priceStore) {
    LocalDate toExclusive = to.plusDays(1);
    try {
      EnergySeries series =
          energyProvider.energy(meter, tariff.historyStart(from), start(tariff, toExclusive));
      Optional<PriceTable> table = prices(tariff, priceStore, toExclusive);
      Bill bill = new TariffEngine(tariff).bill(series, table, from, toExclusive);
      PrintWriter out = spec.commandLine().getOut();
      out.print(BillText.render(bill, perDay));
      out.flush();
      if (!bill.complete()) {
        spec.commandLine()
            .getErr()
            .println("hanport: the bill is incomplete; the gaps are listed at its end.");
      }
      return Cli.EXIT_OK;
    } catch (TariffException unusable) {
      throw new UnreadableInputException(unusable.getMessage());
    } catch (IOException unreachable) {
      throw new UnreadableInputException("cannot get spot prices: " + unreachable.getMessage());
    }
  }

  private TariffRules tariff() {
    return TariffOptions.rules(spec, rules);
  }


  private EnergyProvider energyFile(TariffRules tariff) {
    try {
      return EnergyCsv.parse(energy.toString(), TariffOptions.read(energy, "energy file"), tariff.timeZone());
    } catch (TariffException unusable) {
      throw new UnreadableInputException(unusable.getMessage());
    }
  }

  /** A database's days are cut in its own zone; the tariff's zone only names a new one. */
  private Store openStore(TariffRules tariff) {
    return Stores.openExisting(database == null ? Stores.DEFAULT_DB : database, tariff.timeZone());
  }

  /**
   * Prices from a file, a price source and, with a database, those kept in it. Prices kept in a
   * database are filed under their bidding zone, so it must be named.
   */
  private Optional<PriceTable> prices(
      TariffRules tariff, PriceStore priceStore, LocalDate toExclusive)
      throws IOException, TariffException {
    boolean fromDatabase = energy == null;
    if (prices == null && priceUrl == null && (!fromDatabase || biddingZone.isEmpty())) {
      return Optional.empty();
    }
    if (biddingZone.isEmpty() && (priceUrl != null || fromDatabase)) {
      throw new ParameterException(
          spec.commandLine(),
          (priceUrl != null ? "--price-url needs" : "prices kept in the database need")
              + " --bidding-zone, e.g. SE3");
    }
    Optional<PriceSource> source = Optional.empty();
    if (priceUrl != null) {
      source = Optional.of(HttpPriceSource.of(priceUrl, tariff.timeZone(), tariff.currency()));
    }
    String zone = biddingZone.isEmpty() ? "prices" : biddingZone;
    SpotPrices spot = new SpotPrices(priceStore, source, tariff.timeZone());
    if (prices != null) {
      spot.importPrices(
          zone,
          PriceFiles.parse(
              prices.toString(), TariffOptions.read(prices, "price file"), tariff.timeZone(), tariff.currency()));
    }
    return Optional.of(spot.table(zone, tariff.currency(), from, toExclusive));
  }

  private static Instant start(TariffRules tariff, LocalDate day) {
    return day.atStartOfDay(tariff.timeZone()).toInstant();
  }
}
