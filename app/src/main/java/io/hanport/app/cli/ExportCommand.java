package io.hanport.app.cli;

import io.hanport.app.store.EnergyInterval;
import io.hanport.app.store.MeterInfo;
import io.hanport.app.store.Resolution;
import io.hanport.app.store.Store;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hanport export}: energy per interval out of the history store, as CSV or JSON lines. */
@Command(
    name = "export",
    description = {
      "Prints a meter's energy per interval (import and export kWh from register differences),"
          + " with min/max/mean power, per-phase max current and min/max voltage.",
      "Days are local in --zone; --from and --to are both included (1M takes whole months). Times"
          + " carry their offset. A gap between readings is a row with start and end only, never"
          + " zero energy.",
      "Exit status: 0 exported (possibly no rows), 1 database or output unusable, 2 usage error."
    },
    footer = {
      "",
      "Examples:",
      "  hanport export --from 2025-01-01 --to 2025-12-31 --resolution 1M",
      "  hanport export --from 2025-03-30 --to 2025-03-30 --resolution 1h --format json",
      "  hanport export --from 2025-01-01 --to 2025-01-31 --resolution 15m --output jan.csv"
    })
final class ExportCommand implements Callable<Integer> {

  @ParentCommand HanportCommand hanport;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, included.")
  LocalDate to;

  @Option(
      names = "--resolution",
      required = true,
      paramLabel = "RES",
      description = "15m, 1h, 1d or 1M.")
  String resolution;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv (with a header) or json (one object per line). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--meter",
      paramLabel = "NAME",
      description = "The meter (see 'hanport db info'); needed when the database holds several.")
  String meter;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    Resolution chosen = resolution();
    if (!format.equals("csv") && !format.equals("json")) {
      throw usage("--format is csv or json, not '" + format + "'");
    }
    if (to.isBefore(from)) {
      throw usage("--to " + to + " is before --from " + from + "; both days are included");
    }
    ZoneId zone = store.zoneId(spec);
    List<IntervalTable.Row> rows;
    try (Store history = store.openExisting(spec)) {
      rows = rows(history, chosen, zone);
    }
    write(rows, new IntervalTable(zone));
    return Cli.EXIT_OK;
  }

  private List<IntervalTable.Row> rows(Store history, Resolution chosen, ZoneId zone) {
    MeterInfo named = meter(history.meters());
    LocalDate first = chosen == Resolution.MONTH ? from.withDayOfMonth(1) : from;
    LocalDate next =
        chosen == Resolution.MONTH ? to.withDayOfMonth(1).plusMonths(1) : to.plusDays(1);
    Instant start = first.atStartOfDay(zone).toInstant();
    Instant end = next.atStartOfDay(zone).toInstant();
    List<EnergyInterval> intervals = history.history(named.name(), start, end, chosen);
    return IntervalGaps.withGaps(intervals, start, end, chosen, zone, named);
  }

  private MeterInfo meter(List<MeterInfo> meters) {
    String names = meters.stream().map(MeterInfo::name).collect(Collectors.joining(", "));
    if (meter != null) {
      return meters.stream()
          .filter(known -> known.name().equals(meter))
          .findFirst()
          .orElseThrow(
              () ->
                  new UnreadableInputException(
                      "no meter '"
                          + meter
                          + "' in the database; it has: "
                          + (names.isEmpty() ? "none" : names)));
    }
    if (meters.size() != 1) {
      throw new UnreadableInputException(
          meters.isEmpty()
              ? "the database holds no readings yet: fill it with 'hanport import'"
              : "the database holds several meters, choose one with --meter: " + names);
    }
    return meters.get(0);
  }

  private void write(List<IntervalTable.Row> rows, IntervalTable table) {
    if (output == null || output.toString().equals("-")) {
      print(rows, table, hanport.terminal().out());
      return;
    }
    try (PrintWriter file =
        new PrintWriter(
            new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
      print(rows, table, file);
      if (file.checkError()) {
        throw new UnreadableInputException("cannot write " + output + ": the write failed");
      }
    } catch (NoSuchFileException missing) {
      throw new UnreadableInputException(
          "cannot write " + output + ": no such directory. Check --output.");
    } catch (IOException unwritable) {
      throw new UnreadableInputException(
          "cannot write " + output + ": " + unwritable.getMessage() + ". Check --output.");
    }
  }

  private void print(List<IntervalTable.Row> rows, IntervalTable table, PrintWriter out) {
    if (format.equals("json")) {
      table.jsonLines(rows, out);
    } else {
      table.csv(rows, out);
    }
    out.flush();
  }

  private Resolution resolution() {
    try {
      return Resolution.parse(resolution);
    } catch (IllegalArgumentException unknown) {
      throw usage("--resolution: " + unknown.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
