package io.hanport.app.cli;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.pipeline.Pipeline;
import io.hanport.app.pipeline.PipelineOptions;
import io.hanport.app.pipeline.PipelineStatus;
import io.hanport.app.pipeline.ReadingSink;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.Sources;
import io.hanport.codec.DecoderOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hanport read}: a live input's readings as they arrive, in {@code decode}'s formats. */
@Command(
    name = "read",
    description = {
      "Reads a meter live and prints each reading as it arrives. Reconnects by itself, forever.",
      "Readings go to stdout; connection events and rejected frames are logged on stderr.",
      "Exit status: 0 stopped after --count readings or at the end of the input, 1 input cannot"
          + " be opened for good (a missing file), 2 usage error."
    },
    footer = {
      "",
      "Inputs: " + InputUri.FORMS,
      "",
      "Examples:",
      "  hanport read --input serial:/dev/ttyUSB0",
      "  hanport read --input home=tcp://192.168.1.50:2000 --json",
      "  hanport read --input mqtt://localhost/han/raw --count 1"
    })
final class ReadCommand implements Callable<Integer> {

  /**
   * Readings a file can deliver faster than a terminal prints them, before the oldest are dropped
   * (and counted): over a day of Swedish telegrams. {@code decode} reads files without dropping
   * any.
   */
  private static final int PRINT_QUEUE = 10_000;

  @ParentCommand HanportCommand hanport;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Mixin InputOptions input;

  @Option(
      names = "--json",
      description = "One reading per line as JSON (with received and source), nothing else.")
  boolean json;

  @Option(names = "--count", paramLabel = "N", description = "Stop after N readings.")
  Integer count;

  @Override
  public Integer call() throws InterruptedException {
    if (count != null && count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be 1 or more, not " + count);
    }
    InputUri uri = input.uri(spec);
    DecoderOptions decoder = input.decoderOptions(spec);
    Printer printer = new Printer(hanport.terminal().out(), decoder.zone());
    Pipeline pipeline =
        new Pipeline(
            uri,
            Sources.of(uri.endpoint(), input.sourceOptions(decoder)),
            PipelineOptions.defaults(decoder).withSinkQueue(PRINT_QUEUE),
            Map.of("stdout", printer));
    try {
      pipeline.start();
      while (!printer.awaitDone(Duration.ofMillis(200))
          && !pipeline.awaitEnd(Duration.ofMillis(1))) {
        // Waits for the count, the end of the input, or the user's Ctrl-C.
      }
    } finally {
      pipeline.close();
    }
    return finish(uri, pipeline.status());
  }

  private int finish(InputUri uri, PipelineStatus status) {
    if (status.state() == PipelineStatus.State.FAILED) {
      throw new UnreadableInputException(
          "cannot read " + uri.endpoint().uri() + ": " + status.problem().orElse("unknown error"));
    }
    long dropped = status.sinks().get(0).dropped();
    if (dropped > 0) {
      hanport
          .terminal()
          .err()
          .println(
              "hanport: "
                  + dropped
                  + " readings dropped because the output could not keep up; 'hanport decode' reads"
                  + " capture files without dropping any.");
    }
    return Cli.EXIT_OK;
  }

  /** Prints readings as they come, up to the count. */
  private final class Printer implements ReadingSink {
    private final PrintWriter out;
    private final ReadingOutput text;
    private final CountDownLatch done = new CountDownLatch(1);
    private int printed;

    Printer(PrintWriter out, ZoneId zone) {
      this.out = out;
      this.text = new TextBlocks(out, zone);
    }

    @Override
    public synchronized void accept(MeterReading reading) {
      if (count != null && printed >= count) {
        return;
      }
      if (json) {
        out.println(reading.toJson());
        out.flush();
      } else {
        text.print(reading.reading());
      }
      if (count != null && ++printed == count) {
        done.countDown();
      }
    }

    boolean awaitDone(Duration wait) throws InterruptedException {
      return done.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
