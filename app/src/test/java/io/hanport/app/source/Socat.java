package io.hanport.app.source;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * A pair of real pseudo-terminals joined by socat: what one side writes, the other reads, as
 * through a null-modem cable. Without socat the calling test is skipped with the reason, unless
 * {@code HANPORT_REQUIRE_SERVICES=1} (set by {@code .ci/run}), which makes it a failure.
 */
public final class Socat implements AutoCloseable {

  public static final String REQUIRE_VARIABLE = "HANPORT_REQUIRE_SERVICES";

  private final Process process;
  private final Path meterSide;
  private final Path readerSide;

  private Socat(Process process, Path meterSide, Path readerSide) {
    this.process = process;
    this.meterSide = meterSide;
    this.readerSide = readerSide;
  }

  /** Skips (or, when services are required, fails) the calling test unless socat is installed. */
  public static void assumeInstalled() {
    if (onPath("socat")) {
      return;
    }
    String reason = "socat is not installed (apt-get install socat)";
    if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
      fail(reason + ", and " + REQUIRE_VARIABLE + "=1 says it must be");
    }
    Assumptions.abort(
        reason + ": test skipped (set " + REQUIRE_VARIABLE + "=1 to make this a failure)");
  }

  /** Starts socat with the two ends linked at the given paths; waits until both exist. */
  public static Socat start(Path meterSide, Path readerSide)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                "socat", "pty,raw,echo=0,link=" + meterSide, "pty,raw,echo=0,link=" + readerSide)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!(Files.exists(meterSide) && Files.exists(readerSide))) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        fail("socat did not create " + meterSide + " and " + readerSide);
      }
      Thread.sleep(10);
    }
    return new Socat(process, meterSide, readerSide);
  }

  public Path meterSide() {
    return meterSide;
  }

  public Path readerSide() {
    return readerSide;
  }

  /** Tears the pair down, as pulling the cable does: the reading side gets an I/O error. */
  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException stop) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static boolean onPath(String command) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, command))) {
        return true;
      }
    }
    return false;
  }
}
