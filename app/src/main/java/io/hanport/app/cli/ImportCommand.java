package io.hanport.app.cli;

import io.hanport.app.store.AppendResult;
import io.hanport.app.store.Store;
import io.hanport.app.store.Stores;
import io.hanport.codec.DecoderOptions;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hanport import}: a capture, a simulated range or a live input into the history store. */
@Command(
    name = "import",
    description = {
      "Stores the readings of a capture file, stdin, a simulated range or a live input in the"
          + " history database, with rollups. Importing the same readings again stores nothing"
          + " new.",
      "Progress goes to stderr (a bar on a terminal), the summary to stdout. Ctrl-C commits what"
          + " was read.",
      "Exit status: 0 imported (even with rejected frames), 1 input or database unusable, 2 usage"
          + " error."
    },
    footer = {
      "",
      "Inputs: - (stdin), a capture PATH or file:PATH (raw bytes, .hex text), "
          + "sim:PROFILE?from=DATE[&to=DATE][&seed=N] (simulated whole days, as fast as the CPU"
          + " allows), or a live input: serial:, tcp://, mqtt://, sim:PROFILE.",
      "",
      "Examples:",
      "  hanport import --input capture.txt",
      "  hanport import --input 'sim:se-p1?from=2025-01-01&to=2025-12-31'",
      "  hanport simulate --profile se-p1 --start 2025-01-01T00:00 --speed 1e9 --count 3153600"
          + " | hanport import --input -",
      "  hanport import --input home=serial:/dev/ttyUSB0 --db postgresql://hanport@db:5432/hanport"
    })
final class ImportCommand implements Callable<Integer> {

  @ParentCommand HanportCommand hanport;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Mixin InputOptions input;

  @Option(
      names = "--db",
      paramLabel = "DB",
      defaultValue = Stores.DEFAULT_DB,
      description =
          "History: sqlite:PATH or postgresql://user:pass@host:5432/name (default:"
              + " ${DEFAULT-VALUE}).")
  String database;

  @Override
  public Integer call() throws InterruptedException {
    Terminal terminal = hanport.terminal();
    DecoderOptions decoder = input.decoderOptions(spec);
    ImportInput source = ImportInput.parse(spec, input.input);
    long started = System.nanoTime();
    try (StopSignal stop = StopSignal.install();
        Store store = Stores.open(database, decoder.zone())) {
      int segmentsBefore = segments(store);
      CountingStore counting = new CountingStore(store);
      ImportCounts counts = run(source, decoder, counting, terminal, stop);
      printSummary(
          terminal.out(),
          store,
          counts,
          counting.total(),
          segments(store) - segmentsBefore,
          (System.nanoTime() - started) / 1e9,
          stop.requested());
      warnAboutReadingsWithoutClock(terminal.err(), counts);
      return Cli.EXIT_OK;
    }
  }

  private ImportCounts run(
      ImportInput source, DecoderOptions decoder, Store store, Terminal terminal, StopSignal stop)
      throws InterruptedException {
    if (source instanceof ImportInput.CaptureFile file) {
      return CaptureImport.file(file, input.sourceOptions(decoder), store, terminal, stop);
    }
    if (source instanceof ImportInput.Stdin stdin) {
      return CaptureImport.stdin(stdin, input.sourceOptions(decoder), store, terminal, stop);
    }
    if (source instanceof ImportInput.SimulatedRange range) {
      return SimulatedImport.run(range, decoder, store, terminal, stop);
    }
    return LiveImport.run(
        (ImportInput.Live) source, decoder, input.sourceOptions(decoder), store, terminal, stop);
  }

  /**
   * A capture keeps no receive times, so a meter that sends no clock (Aidon's list 1, for instance)
   * gives readings that all count as received now: they cannot become history.
   */
  private static void warnAboutReadingsWithoutClock(PrintWriter err, ImportCounts counts) {
    if (counts.withoutClock() > 0) {
      err.println(
          "warning: "
              + counts.withoutClock()
              + " readings carry no meter clock and a capture holds no receive times: they count"
              + " as received now, and readings in the same millisecond as duplicates. Store such"
              + " a meter's history live: hanport serve or hanport import --input serial:…");
      err.flush();
    }
  }

  private static int segments(Store store) {
    return store.meters().stream().mapToInt(meter -> meter.segments().size()).sum();
  }

  private static void printSummary(
      PrintWriter out,
      Store store,
      ImportCounts counts,
      AppendResult appended,
      int segmentsStarted,
      double seconds,
      boolean stopped) {
    if (stopped) {
      out.println("Stopped: what was read is committed.");
    }
    out.println(
        String.format(
            Locale.ROOT,
            "Imported %d readings into %s in %.1f s:",
            counts.readings(),
            store.info().location(),
            seconds));
    StringBuilder table = new StringBuilder();
    new TextTable(TextTable.Align.LEFT, TextTable.Align.RIGHT)
        .row("readings stored", String.valueOf(appended.stored()))
        .row("duplicates skipped", String.valueOf(appended.skipped()))
        .row("rejected frames", String.valueOf(counts.rejected()))
        .row("segments started", String.valueOf(segmentsStarted))
        .render(table, "  ");
    out.print(table);
    out.flush();
  }
}
