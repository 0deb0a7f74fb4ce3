package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it: a real JVM, real streams, real exit status. Runs in failsafe's
 * integration-test phase, after {@code package} built the jar.
 */
class ShadedJarIT {

  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() {
    String configured = System.getProperty("hanport.jar", "target/hanport.jar");
    jar = Path.of(configured);
    Assumptions.assumeTrue(
        Files.isRegularFile(jar),
        "shaded jar not built at " + jar + ": run mvn package (or mvn verify)");
  }

  @Test
  void decodesACaptureToTheContractLine() throws Exception {
    Run run =
        java(
            "decode",
            "--json",
            DecodeCommandTest.capture("p1_se_ell5_hanporten_7945.txt").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(DecodeCommandTest.expectedJson());
    assertThat(run.err()).isEqualTo("1 readings, 0 rejected\n");
  }

  @Test
  void missingFileExitsOneWithoutATrace() throws Exception {
    Run run = java("decode", dir.resolve("absent.txt").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("hanport: cannot read ").doesNotContain("Exception");
  }

  @Test
  void unknownOptionExitsTwo() throws Exception {
    Run run = java("decode", "--no-such-option", "x.txt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
  }

  private record Run(int exitCode, String out, String err) {}

  private Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS))
        .as("hanport.jar finished within 60 s")
        .isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
