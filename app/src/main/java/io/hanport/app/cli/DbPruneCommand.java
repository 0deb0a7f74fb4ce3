package io.hanport.app.cli;

import io.hanport.app.store.MeterInfo;
import io.hanport.app.store.Store;
import io.hanport.app.store.StoreInfo;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hanport db prune}: raw readings older than the retention go; rollups stay forever. The
 * default matches the store's own (30 days, issue 5).
 */
@Command(
    name = "prune",
    description = {
      "Deletes raw readings older than the retention and reports how many rows and bytes went.",
      "Rollups (energy per 15 min, hour, day, month) are kept forever. Exit status: 0 done, 1"
          + " database unusable, 2 usage error."
    },
    footer = {"", "Examples:", "  hanport db prune --dry-run", "  hanport db prune --retention 7d"})
final class DbPruneCommand implements Callable<Integer> {

  private static final Pattern RETENTION = Pattern.compile("(\\d{1,6})([hdw])");

  @ParentCommand DbCommand db;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--retention",
      paramLabel = "AGE",
      defaultValue = "30d",
      description =
          "Keep raw readings this young: hours (48h), days (30d) or weeks (4w). Default:"
              + " ${DEFAULT-VALUE}.")
  String retention;

  @Option(names = "--dry-run", description = "Count what would go; delete nothing.")
  boolean dryRun;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    Duration keep = retention();
    ZoneId zone = store.zoneId(spec);
    Instant cutoff = Instant.now().minus(keep);
    String message;
    try (Store history = store.openExisting(spec)) {
      message = dryRun ? dryRun(history, cutoff, zone) : prune(history, cutoff, zone);
    }
    PrintWriter out = db.hanport.terminal().out();
    out.println(message);
    out.flush();
    return Cli.EXIT_OK;
  }

  private static String prune(Store history, Instant cutoff, ZoneId zone) {
    long before = history.info().sizeBytes();
    int deleted = history.pruneRaw(cutoff);
    long after = history.info().sizeBytes();
    return String.format(
        Locale.ROOT,
        "Deleted %d raw readings older than %s; size on disk %s before, %s after (%s freed)."
            + " Rollups are kept.",
        deleted,
        StoreOptions.localTime(cutoff, zone),
        ImportProgress.megabytes(before),
        ImportProgress.megabytes(after),
        ImportProgress.megabytes(Math.max(0, before - after)));
  }

  /**
   * Counts day by day through the store's reader, so memory stays bounded however much is old. The
   * bytes are the raw table's share of the file, proportional to the rows: an estimate.
   */
  private static String dryRun(Store history, Instant cutoff, ZoneId zone) {
    StoreInfo info = history.info();
    long old = 0;
    Optional<StoreInfo.TimeRange> raw = info.raw();
    if (raw.isPresent()) {
      for (MeterInfo meter : history.meters()) {
        for (Instant day = raw.get().first();
            day.isBefore(cutoff);
            day = day.plus(Duration.ofDays(1))) {
          Instant next =
              day.plus(Duration.ofDays(1)).isBefore(cutoff) ? day.plus(Duration.ofDays(1)) : cutoff;
          old += history.rawReadings(meter.name(), day, next).size();
        }
      }
    }
    long rows = info.rowsPerTable().getOrDefault("raw_reading", 0L);
    long bytes = rows == 0 ? 0 : info.sizeBytes() * old / Math.max(1, rows + rollupRows(info));
    return String.format(
        Locale.ROOT,
        "Would delete %d of %d raw readings (those older than %s), about %s. Nothing was deleted.",
        old,
        rows,
        StoreOptions.localTime(cutoff, zone),
        ImportProgress.megabytes(bytes));
  }

  private static long rollupRows(StoreInfo info) {
    return info.rollupRows().values().stream().mapToLong(Long::longValue).sum();
  }

  private Duration retention() {
    Matcher matcher = RETENTION.matcher(retention);
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--retention '" + retention + "': write a number of hours, days or weeks, e.g. 30d");
    }
    long amount = Long.parseLong(matcher.group(1));
    switch (matcher.group(2)) {
      case "h":
        return Duration.ofHours(amount);
      case "d":
        return Duration.ofDays(amount);
      default:
        return Duration.ofDays(7 * amount);
    }
  }
}
