package io.hanport.app.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hanport simulate}: a virtual meter that sends byte-exact frames of a chosen meter family
 * at the meter's pace, or faster. Frames go to stdout, a capture file or TCP clients; what the
 * command has to say goes to stderr, so stdout carries meter bytes only.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a virtual meter: a simulated household behind a meter of the chosen profile, sending"
          + " the frames that meter sends, on its schedule.",
      "Exit status: 0 done (--count reached), 1 output unusable (e.g. port in use), 2 usage error."
    },
    footer = {
      "",
      "Profiles:",
      "  se-p1        Swedish P1 telegram every 10 s",
      "  nl-dsmr5     Dutch DSMR 5.0.2 telegram every 1 s, with gas",
      "  no-aidon     Norwegian Aidon HDLC lists 1/2/3 (2.5 s, 10 s, hourly)",
      "  no-kaifa     Norwegian Kaifa HDLC lists 1/2/3 (2 s, 10 s, hourly)",
      "  no-kamstrup  Norwegian Kamstrup HDLC lists (10 s, hourly at xx:00:05)",
      "  lu-smarty    Luxembourg Smarty, encrypted P1 every 10 s (key printed at start)",
      "",
      "Examples:",
      "  hanport simulate --profile se-p1 --output tcp-server:2000",
      "  hanport simulate --profile nl-dsmr5 --speed 1440 --count 100 | hanport decode -",
      "  hanport simulate --profile no-kaifa --start 2024-06-21T00:00 --speed 1e6 --count 50000"
          + " --output day.hex"
    })
public final class SimulateCommand implements Callable<Integer> {

  static final int EXIT_OK = 0;
  static final int EXIT_OUTPUT_UNUSABLE = 1;
  private static final String TCP_SERVER = "tcp-server:";

  private final OutputStream stdout;
  private final Clock clock;

  @Spec CommandSpec spec;

  @Option(names = "--profile", required = true, paramLabel = "PROFILE",
      converter = ProfileConverter.class, description = "The meter to simulate (list below).")
  Profile profile;

  @Option(names = "--output", paramLabel = "TARGET", defaultValue = "stdout",
      description = "stdout (raw bytes), tcp-server:PORT (every client gets every frame), or a"
          + " FILE (raw bytes; hex lines when it ends in .hex). Default: ${DEFAULT-VALUE}.")
  String output;

  @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
      description = "Simulated seconds per real second: 1440 runs a day in a minute.")
  double speed;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Picks the household and meter; the same seed and start give the same bytes.")
  long seed;

  @Option(names = "--start", paramLabel = "ISO", converter = StartConverter.class,
      description = "Simulated start: 2024-06-21T12:00:00Z, or a local date-time in the profile's"
          + " zone (2024-06-21T12:00). Default: now.")
  StartConverter.Start start;

  @Option(names = "--count", paramLabel = "N",
      description = "Stop after N frames. Default: run until interrupted.")
  Long count;

  /** Raw meter bytes go to the process's stdout. */
  public SimulateCommand() {
    this(System.out, Clock.systemUTC());
  }

  SimulateCommand(OutputStream stdout, Clock clock) {
    this.stdout = stdout;
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    checkNumbers();
    PrintWriter status = spec.commandLine().getErr();
    Instant first = start == null
        ? clock.instant().truncatedTo(ChronoUnit.SECONDS)
        : start.in(profile.site().zone());
    Simulator simulator = Simulator.create(profile, seed, first);
    FrameSink sink;
    try {
      sink = openSink(status);
    } catch (BindException taken) {
      status.println("hanport: " + output + ": the port is already in use (" + taken.getMessage()
          + "); pick a free one, e.g. --output tcp-server:" + (port() + 1) + ".");
      return EXIT_OUTPUT_UNUSABLE;
    } catch (IOException unusable) {
      status.println("hanport: cannot write " + output + ": " + unusable.getMessage() + ".");
      return EXIT_OUTPUT_UNUSABLE;
    }
    announce(status, simulator, first);
    try {
      long sent = run(simulator, sink, first);
      status.println("hanport simulate: sent " + sent + " frames.");
      return EXIT_OK;
    } catch (IOException closed) {
      status.println("hanport: " + output + " stopped taking frames: " + closed.getMessage() + ".");
      return EXIT_OUTPUT_UNUSABLE;
    } finally {
      status.flush();
    }
  }

  private long run(Simulator simulator, FrameSink sink, Instant first)
      throws IOException, InterruptedException {
    long sent = 0;
    try (FrameSink out = sink; ScaledPacer pacer = new ScaledPacer(clock, first, speed)) {
      while (count == null || sent < count) {
        SimulatedFrame frame = simulator.next();
        if (!pacer.awaitSimulated(frame.time())) {
          break;
        }
        out.send(frame);
        sent++;
      }
    }
    return sent;
  }

  private FrameSink openSink(PrintWriter status) throws IOException {
    if (output.equals("stdout") || output.equals("-")) {
      return FrameSink.raw(stdout);
    }
    if (output.startsWith(TCP_SERVER)) {
      TcpBroadcastSink server = new TcpBroadcastSink(port(), status);
      status.println("hanport simulate: listening on TCP port " + server.port()
          + "; read it with: hanport read --input tcp://localhost:" + server.port());
      return server;
    }
    OutputStream file = Files.newOutputStream(Path.of(output));
    return output.endsWith(".hex") ? FrameSink.hexLines(file) : FrameSink.raw(file);
  }

  private void announce(PrintWriter status, Simulator simulator, Instant first) {
    status.println("hanport simulate: " + profile.id() + " (" + profile.description()
        + "), seed " + seed + ", from " + first + " at speed " + speed + ", to " + output);
    simulator.decryptionKey().ifPresent(key ->
        status.println("Simulated Smarty meter, decryption key: " + key));
    status.flush();
  }

  private int port() {
    if (!output.startsWith(TCP_SERVER)) {
      return 0;
    }
    String text = output.substring(TCP_SERVER.length());
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      throw portError(text);
    }
    throw portError(text);
  }

  private ParameterException portError(String text) {
    return new ParameterException(spec.commandLine(),
        "--output tcp-server:PORT needs a port number from 0 to 65535, not '" + text + "'");
  }

  private void checkNumbers() {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new ParameterException(spec.commandLine(),
          "--speed must be a positive number (1 = real time, 1440 = a day a minute)");
    }
    if (count != null && count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1");
    }
    port();
  }
}
