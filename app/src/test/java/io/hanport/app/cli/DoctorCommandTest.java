package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.source.TestCaptures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hanport doctor} end to end: its wording per case, and exit 0 exactly when readings decode.
 */
class DoctorCommandTest {

  @TempDir Path folder;

  @Test
  void aGoodCaptureDecodesAndExitsZero() throws IOException {
    Path capture = write("se.txt", TestCaptures.bytes(TestCaptures.SWEDISH));

    CliRunner.Result result = InputCommands.run("doctor", "--input", "file:" + capture);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "file:"
                + capture
                + ": 712 bytes in 0 s.\n\n"
                + "OK: 1 readings decoded. Protocol: DSMR/P1 telegrams, meter"
                + " ELL5\\253833635_A.\n\n"
                + "OK: checksum failures: none in 1 frames.\n\n"
                + "NOTE: frame interval: a file holds no timing.\n");
    assertThat(result.err()).startsWith("hanport doctor: listening to file:" + capture);
  }

  @Test
  void aLiveInputShowsTheMetersPace() {
    CliRunner.Result result =
        InputCommands.run("doctor", "--input", "sim:nl-dsmr5", "--seconds", "10");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("OK: 4 readings decoded. Protocol: DSMR/P1 telegrams, meter ")
        .contains("OK: checksum failures: none in 4 frames.")
        .containsPattern("OK: frame interval: one frame every (0\\.9|1\\.0|1\\.1) s\\.");
  }

  @Test
  void aCaptureOfOnlyBadChecksumsExitsOne() throws IOException {
    Path capture = write("bad.txt", TestCaptures.bytes(TestCaptures.BAD_CRC));

    CliRunner.Result result = InputCommands.run("doctor", "--input", "file:" + capture);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains(
            "PROBLEM: 863 bytes arrived, but no frame with a valid checksum (1 frames failed"
                + " their checksum). The first bytes: 2F 49 53 6B 35")
        .contains("\n  1. The file is not a capture of meter output");
  }

  @Test
  void anEmptyFileSaysSo() throws IOException {
    Path capture = write("empty.txt", new byte[0]);

    CliRunner.Result result = InputCommands.run("doctor", "--input", "file:" + capture);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).endsWith("PROBLEM: no bytes at all in 0 s. The file is empty.\n");
  }

  @Test
  void aRefusingBridgeCannotBeOpened() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }

    CliRunner.Result result = InputCommands.run("doctor", "--input", "tcp://127.0.0.1:" + port);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .endsWith(
            "PROBLEM: could not open tcp://127.0.0.1:"
                + port
                + ": connection refused. Check"
                + " the bridge's address and port, that it is powered and on the network, and that"
                + " its raw TCP server (ser2net, stream server) is enabled.\n");
  }

  @Test
  void aBridgeThatSendsNothingPointsPastItAtTheMeter() throws Exception {
    try (ServerSocket bridge = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> silent =
          CompletableFuture.runAsync(
              () -> {
                try (Socket client = bridge.accept()) {
                  client.getInputStream().read();
                } catch (IOException hungUp) {
                  // doctor hangs up when its time is over.
                }
              });

      CliRunner.Result result =
          InputCommands.run(
              "doctor", "--input", "tcp://127.0.0.1:" + bridge.getLocalPort(), "--seconds", "1");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.out())
          .contains(
              "PROBLEM: no bytes at all in 1 s. The bridge accepted the connection but"
                  + " forwarded nothing.")
          .contains("Order activation from your grid company (DSO)");
      silent.join();
    }
  }

  @Test
  void aMissingSerialPortSaysWhatToCheck(@TempDir Path empty) {
    String port = empty.resolve("ttyUSB0").toString();

    CliRunner.Result result = InputCommands.run("doctor", "--input", "serial:" + port);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .endsWith(
            "PROBLEM: could not open serial:"
                + port
                + ": no such port (is the cable plugged"
                + " in?). Check that the adapter is plugged in and the path is right (ls -l"
                + " /dev/serial/by-id/), and that your user may open it (group 'dialout').\n");
  }

  @Test
  void anUnknownAdapterIsAUsageError() {
    CliRunner.Result result =
        InputCommands.run("doctor", "--input", "sim:se-p1", "--adapter", "usb");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("hanport: --adapter must be p1 or mbus, not 'usb'.");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
