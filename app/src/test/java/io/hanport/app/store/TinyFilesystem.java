package io.hanport.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A tmpfs mounted for one test: tiny (a full disk) or read-only (an unwritable path, which
 * permissions cannot give a test running as root, as CI does). Mounting needs root; without it the
 * test is skipped with the reason.
 */
final class TinyFilesystem implements AutoCloseable {

  final Path mountPoint;

  private TinyFilesystem(Path mountPoint) {
    this.mountPoint = mountPoint;
  }

  static TinyFilesystem mount(Path mountPoint, String options) throws IOException {
    Files.createDirectories(mountPoint);
    int status = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString());
    Assumptions.assumeTrue(
        status == 0,
        "cannot mount a tmpfs (" + options + ") at " + mountPoint + ": needs root; test skipped");
    return new TinyFilesystem(mountPoint);
  }

  @Override
  public void close() throws IOException {
    run("umount", mountPoint.toString());
  }

  /** The command's exit status, or -1 when it cannot run or does not end within 30 s. */
  private static int run(String... command) throws IOException {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException noCommand) {
      return -1;
    }
    process.getInputStream().readAllBytes();
    try {
      return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
