package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.source.TestCaptures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hanport read}: live readings in decode's formats, a count, and the error contract. */
class ReadCommandTest {

  @TempDir Path folder;

  @Test
  void jsonLinesCarryTheSourceAndStopAfterTheCount() throws IOException {
    Path capture =
        write(
            "two.txt",
            TestCaptures.concat(
                TestCaptures.bytes(TestCaptures.SWEDISH),
                TestCaptures.bytes(TestCaptures.DUTCH_DSMR5)));

    CliRunner.Result result =
        InputCommands.run("read", "--input", "home=file:" + capture, "--json", "--count", "1");

    assertThat(result.exitCode()).isZero();
    String[] lines = result.out().split("\n");
    assertThat(lines).hasSize(1);
    assertThat(lines[0])
        .matches("\\{\"received\":\"[0-9T:.Z-]+\",\"source\":\"home\",\"protocol\":\"dsmr\",.*")
        .contains("\"header\":\"ELL5\\\\253833635_A\"")
        .endsWith("}");
  }

  @Test
  void withoutACountAFileIsReadToItsEnd() throws IOException {
    Path capture =
        write(
            "two.txt",
            TestCaptures.concat(
                TestCaptures.bytes(TestCaptures.SWEDISH),
                TestCaptures.bytes(TestCaptures.DUTCH_DSMR5)));

    CliRunner.Result result = InputCommands.run("read", "--input", "file:" + capture, "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().split("\n")).hasSize(2);
  }

  @Test
  void withoutJsonEachReadingIsDecodesTextBlock() throws IOException {
    Path capture = write("se.txt", TestCaptures.bytes(TestCaptures.SWEDISH));

    CliRunner.Result result = InputCommands.run("read", "--input", "file:" + capture);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("DSMR  ELL5\\253833635_A  at 2021-02-17T18:40:19+01:00  not encrypted\n");
  }

  @Test
  void readsALiveTcpBridgeUntilTheCount() throws Exception {
    byte[] telegram = TestCaptures.bytes(TestCaptures.SWEDISH);
    try (ServerSocket bridge = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> serving =
          CompletableFuture.runAsync(
              () -> {
                try (Socket client = bridge.accept()) {
                  OutputStream out = client.getOutputStream();
                  for (int i = 0; i < 3; i++) {
                    out.write(telegram);
                    out.flush();
                  }
                  client.getInputStream().read();
                } catch (IOException closedByReader) {
                  // The reader hangs up after its count: that ends this bridge too.
                }
              });

      CliRunner.Result result =
          InputCommands.run(
              "read",
              "--input",
              "tcp://127.0.0.1:" + bridge.getLocalPort(),
              "--json",
              "--count",
              "2");

      assertThat(result.exitCode()).isZero();
      assertThat(result.out().split("\n")).hasSize(2);
      serving.join();
    }
  }

  @Test
  void theSimulatorIsAnInputLikeAnyOther() {
    CliRunner.Result result =
        InputCommands.run("read", "--input", "sim:nl-dsmr5", "--json", "--count", "2");

    assertThat(result.exitCode()).isZero();
    String[] lines = result.out().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).contains("\"source\":\"sim:nl-dsmr5\",\"protocol\":\"dsmr\"");
  }

  @Test
  void anUnknownSimulatorProfileIsAUsageErrorListingTheProfiles() {
    CliRunner.Result result = InputCommands.run("read", "--input", "sim:se-p2");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            "hanport: input 'sim:se-p2': the simulator has no profile 'se-p2'; use one of"
                + " se-p1, nl-dsmr5");
  }

  @Test
  void aMissingFileExitsOneNamingTheInput() {
    Path absent = folder.resolve("absent.txt");

    CliRunner.Result result = InputCommands.run("read", "--input", "file:" + absent);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("hanport: cannot read file:" + absent + ": no such file\n");
  }

  @Test
  void aBarePortPathIsAUsageErrorThatShowsTheForm() {
    CliRunner.Result result = InputCommands.run("read", "--input", "/dev/ttyUSB0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "hanport: input '/dev/ttyUSB0': a serial port is written serial:/dev/ttyUSB0."
                + " See 'hanport read --help'.\n");
  }

  @Test
  void aMalformedKeyIsAUsageErrorThatNeverShowsTheKey() {
    CliRunner.Result result =
        InputCommands.run("read", "--input", "sim:se-p1", "--key", "00112233SECRET");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("--key (or $HANPORT_KEY) must be 32 hex digits")
        .doesNotContain("SECRET");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
