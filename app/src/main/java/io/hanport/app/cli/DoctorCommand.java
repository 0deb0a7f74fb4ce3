package io.hanport.app.cli;

import io.hanport.app.source.InputUri;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.source.Sources;
import io.hanport.app.source.doctor.Diagnosis;
import io.hanport.app.source.doctor.Diagnostician;
import io.hanport.app.source.doctor.Observations;
import io.hanport.app.source.doctor.Observations.Adapter;
import io.hanport.app.source.doctor.Sniffer;
import io.hanport.codec.DecoderOptions;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hanport doctor}: listens to an input and says in plain words what it hears, and the fix.
 */
@Command(
    name = "doctor",
    description = {
      "Listens to a meter's input for up to a minute and explains what it sees: nothing (port not"
          + " activated, data-request pin, cable), garbage (baud, parity, inverted signal), M-Bus"
          + " on a P1 adapter, the protocol and meter, encryption, checksum failures, interval.",
      "A serial port without settings is tried at 115200 8N1, 9600 7E1, 2400 8E1 and 2400 8N1.",
      "Exit status: 0 readings decode, 1 they do not, 2 usage error."
    },
    footer = {
      "",
      "Examples:",
      "  hanport doctor --input serial:/dev/ttyUSB0",
      "  hanport doctor --input tcp://192.168.1.50:2000 --seconds 30",
      "  hanport doctor --input serial:/dev/ttyUSB1 --adapter mbus"
    })
final class DoctorCommand implements Callable<Integer> {

  static final int NO_READINGS = 1;

  @ParentCommand HanportCommand hanport;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Mixin InputOptions input;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "60",
      description = "Listen at most this long. Default: ${DEFAULT-VALUE}.")
  int seconds;

  @Option(
      names = "--adapter",
      paramLabel = "KIND",
      defaultValue = "p1",
      description =
          "What is plugged into the meter: p1 (RJ12 P1/HAN cable, 5 V) or mbus (M-Bus adapter for"
              + " an RJ45 port). Default: ${DEFAULT-VALUE}.")
  String adapter;

  @Override
  public Integer call() {
    if (seconds < 1 || seconds > 3600) {
      throw usageError("--seconds must be 1 to 3600, not " + seconds);
    }
    Adapter kind = adapter();
    InputUri uri = input.uri(spec);
    DecoderOptions decoder = input.decoderOptions(spec);
    SourceOptions options = input.sourceOptions(decoder);
    PrintWriter out = hanport.terminal().out();
    hanport
        .terminal()
        .err()
        .println(
            "hanport doctor: listening to "
                + uri.endpoint().uri()
                + " for up to "
                + seconds
                + " s ...");
    hanport.terminal().err().flush();
    Sniffer sniffer = new Sniffer(options, Sources.serialLines(options), Clock.systemUTC());
    Observations seen = sniffer.listen(uri.endpoint(), kind, Duration.ofSeconds(seconds));
    Diagnosis diagnosis = Diagnostician.diagnose(seen);
    out.println(
        uri.endpoint().uri()
            + ": "
            + seen.bytes()
            + " bytes in "
            + Math.round(seen.listened().toMillis() / 1000.0)
            + " s.");
    out.println();
    out.print(diagnosis.text());
    out.flush();
    return diagnosis.readingsDecoded() ? Cli.EXIT_OK : NO_READINGS;
  }

  private Adapter adapter() {
    switch (adapter.toLowerCase(Locale.ROOT)) {
      case "p1":
        return Adapter.P1;
      case "mbus":
        return Adapter.MBUS;
      default:
        throw usageError("--adapter must be p1 or mbus, not '" + adapter + "'");
    }
  }

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
