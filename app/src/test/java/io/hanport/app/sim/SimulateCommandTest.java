package io.hanport.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hanport simulate}: outputs, errors and what goes to stdout versus stderr. */
class SimulateCommandTest {

  private static final String START = "2024-06-21T10:00:00Z";
  private static final String FAST = "1e9";

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final StringWriter stderr = new StringWriter();

  @Test
  void stdoutCarriesTheMetersBytesAndNothingElse() {
    int exit = run("--profile", "se-p1", "--seed", "2", "--start", START, "--speed", FAST,
        "--count", "3");

    assertThat(exit).isZero();
    assertThat(stdout.toByteArray()).isEqualTo(firstFrames(Profile.SE_P1, 2, START, 3));
    assertThat(stderr.toString()).contains("se-p1").contains("sent 3 frames");
  }

  @Test
  void aHexFileHoldsOneFramePerLine(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("kaifa.hex");

    int exit = run("--profile", "no-kaifa", "--start", START, "--speed", FAST, "--count", "6",
        "--output", file.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
    assertThat(lines).hasSize(6);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (String line : lines) {
      byte[] frame = HexFormat.of().parseHex(line);
      HdlcTestParser.parse(frame);
      joined.writeBytes(frame);
    }
    assertThat(joined.toByteArray()).isEqualTo(firstFrames(Profile.NO_KAIFA, 1, START, 6));
    assertThat(stdout.size()).isZero();
  }

  @Test
  void aLocalStartIsTheProfilesLocalTime(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("dsmr.txt");

    run("--profile", "nl-dsmr5", "--start", "2024-06-21T12:00", "--speed", FAST, "--count", "2",
        "--output", file.toString());

    assertThat(Files.readAllBytes(file)).isEqualTo(firstFrames(Profile.NL_DSMR5, 1, START, 2));
  }

  @Test
  void theSmartyProfilePrintsItsKeyOnStderr() {
    run("--profile", "lu-smarty", "--start", START, "--speed", FAST, "--count", "1");

    assertThat(stderr.toString())
        .contains("Simulated Smarty meter, decryption key: " + SmartyKeys.DEMO_ENCRYPTION_KEY);
  }

  @Test
  void aClosedStdoutEndsTheRunWithAnOutputError() {
    PrintStream closedPipe = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    });
    CommandLine commandLine = new CommandLine(new SimulateCommand(closedPipe, Clock.systemUTC()));
    commandLine.setErr(new PrintWriter(stderr, true));

    int exit = commandLine.execute("--profile", "nl-dsmr5", "--speed", FAST);

    assertThat(exit).isEqualTo(SimulateCommand.EXIT_OUTPUT_UNUSABLE);
    assertThat(stderr.toString()).contains("stopped taking frames");
  }

  @Test
  void anUnknownProfileIsAUsageErrorListingTheValidOnes() {
    int exit = run("--profile", "de-ehz");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString()).contains("unknown profile 'de-ehz'")
        .contains("se-p1, nl-dsmr5, no-aidon, no-kaifa, no-kamstrup, lu-smarty");
    assertThat(stdout.size()).isZero();
  }

  @Test
  void aBusyPortIsReportedWithTheFix() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int exit = run("--profile", "se-p1", "--output", "tcp-server:" + taken.getLocalPort(),
          "--count", "1");

      assertThat(exit).isEqualTo(SimulateCommand.EXIT_OUTPUT_UNUSABLE);
      assertThat(stderr.toString()).contains("already in use").contains("--output tcp-server:");
    }
  }

  @Test
  void aNonsensePortOrSpeedIsAUsageError() {
    assertThat(run("--profile", "se-p1", "--output", "tcp-server:http")).isEqualTo(2);
    assertThat(run("--profile", "se-p1", "--speed", "0")).isEqualTo(2);
    assertThat(stderr.toString()).contains("tcp-server:PORT").contains("--speed");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void everyTcpClientGetsTheSameFrames() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> run("--profile",
        "se-p1", "--start", START, "--speed", "50", "--count", "40",
        "--output", "tcp-server:" + port));
    CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> readAll(port));
    CompletableFuture<byte[]> second = CompletableFuture.supplyAsync(() -> readAll(port));

    assertThat(server.get()).isZero();
    byte[] one = first.get();
    byte[] two = second.get();
    String longer = new String(one.length >= two.length ? one : two, StandardCharsets.ISO_8859_1);
    String shorter = new String(one.length >= two.length ? two : one, StandardCharsets.ISO_8859_1);
    assertThat(shorter).startsWith("/ELL5").contains("!");
    assertThat(longer).endsWith(shorter);
    String all = new String(firstFrames(Profile.SE_P1, 1, START, 40), StandardCharsets.ISO_8859_1);
    assertThat(all).endsWith(longer);
  }

  private static byte[] readAll(int port) {
    for (int attempt = 0; ; attempt++) {
      try (Socket socket = new Socket("localhost", port);
          InputStream in = socket.getInputStream()) {
        return in.readAllBytes();
      } catch (java.io.IOException notYetListening) {
        if (attempt > 200) {
          throw new IllegalStateException("simulator never listened on " + port, notYetListening);
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new SimulateCommand(stdout, Clock.systemUTC()));
    commandLine.setErr(new PrintWriter(stderr, true));
    return commandLine.execute(args);
  }

  private static byte[] firstFrames(Profile profile, long seed, String start, int count) {
    Simulator simulator = Simulator.create(profile, seed, Instant.parse(start));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      out.writeBytes(simulator.next().bytes());
    }
    return out.toByteArray();
  }
}
