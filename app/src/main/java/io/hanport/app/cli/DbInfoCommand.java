package io.hanport.app.cli;

import io.hanport.app.store.MeterInfo;
import io.hanport.app.store.Resolution;
import io.hanport.app.store.Store;
import io.hanport.app.store.StoreInfo;
import io.hanport.app.store.StoreSettings;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hanport db info}: engine, size, free disk, meters with segments, rows and ranges. */
@Command(
    name = "info",
    description = {
      "Describes the history database: engine, location, schema version, size on disk, free disk,",
      "each meter with its segments (meter swaps, counter resets), and per table and resolution",
      "the rows kept and the time they cover. Exit status: 0 shown, 1 database unusable, 2 usage."
    })
final class DbInfoCommand implements Callable<Integer> {

  @ParentCommand DbCommand db;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    ZoneId zone = store.zoneId(spec);
    StringBuilder text = new StringBuilder();
    try (Store history = store.openExisting(spec)) {
      StoreInfo info = history.info();
      describe(info, history.freeDiskBytes(), text);
      meters(history.meters(), zone, text);
      rows(info, zone, text);
    }
    PrintWriter out = db.hanport.terminal().out();
    out.print(text);
    out.flush();
    return Cli.EXIT_OK;
  }

  private static void describe(StoreInfo info, OptionalLong free, StringBuilder text) {
    String engine = info.location().startsWith("sqlite:") ? "SQLite" : "PostgreSQL";
    new TextTable(TextTable.Align.LEFT, TextTable.Align.LEFT)
        .row("Engine", engine)
        .row("Location", info.location())
        .row("Schema version", info.schemaVersion())
        .row("Size on disk", ImportProgress.megabytes(info.sizeBytes()))
        .row(
            "Free disk",
            free.isPresent()
                ? ImportProgress.megabytes(free.getAsLong())
                : "the database server's to watch")
        .row(
            "Raw retention",
            StoreSettings.DEFAULT_RAW_RETENTION.toDays()
                + " days (serve and 'hanport db prune' apply it; rollups are kept forever)")
        .render(text, "");
  }

  private static void meters(List<MeterInfo> meters, ZoneId zone, StringBuilder text) {
    text.append(meters.isEmpty() ? "No meters yet.\n" : "Meters:\n");
    for (MeterInfo meter : meters) {
      text.append("  ")
          .append(meter.name())
          .append(": ")
          .append(time(meter.firstReading(), zone))
          .append(" to ")
          .append(time(meter.lastReading(), zone))
          .append(", ")
          .append(meter.segments().size())
          .append(meter.segments().size() == 1 ? " segment\n" : " segments\n");
      for (MeterInfo.Segment segment : meter.segments()) {
        String identity =
            segment
                .meterId()
                .or(segment::header)
                .or(segment::listId)
                .map(id -> ", " + id)
                .orElse("");
        text.append("    from ")
            .append(time(segment.started(), zone))
            .append(": ")
            .append(segment.reason())
            .append(identity)
            .append('\n');
      }
    }
  }

  private static void rows(StoreInfo info, ZoneId zone, StringBuilder text) {
    TextTable table =
        new TextTable(
            TextTable.Align.LEFT,
            TextTable.Align.RIGHT,
            TextTable.Align.LEFT,
            TextTable.Align.LEFT);
    table.row("Table", "rows", "first", "last");
    for (String name : List.of("meter", "meter_segment")) {
      table.row(name, String.valueOf(info.rowsPerTable().getOrDefault(name, 0L)), "", "");
    }
    range(
        table,
        "raw_reading",
        info.rowsPerTable().getOrDefault("raw_reading", 0L),
        info.raw(),
        zone);
    for (Resolution resolution : Resolution.values()) {
      range(
          table,
          "rollup " + resolution.code(),
          info.rollupRows().getOrDefault(resolution, 0L),
          Optional.ofNullable(info.rollups().get(resolution)),
          zone);
    }
    long prices = info.rowsPerTable().getOrDefault("spot_price", 0L);
    table.row("spot_price", String.valueOf(prices), "", "");
    table.render(text, "");
  }

  private static void range(
      TextTable table, String name, long rows, Optional<StoreInfo.TimeRange> range, ZoneId zone) {
    table.row(
        name,
        String.valueOf(rows),
        range.map(r -> time(r.first(), zone)).orElse(""),
        range.map(r -> time(r.last(), zone)).orElse(""));
  }

  private static String time(Instant instant, ZoneId zone) {
    return StoreOptions.localTime(instant, zone);
  }
}
