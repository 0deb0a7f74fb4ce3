package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpAndVersionTest {

  @Test
  void helpListsTheCommandsOnStdout() {
    CliRunner.Result result = CliRunner.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: hanport").contains("decode");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void decodeHelpShowsEveryOptionAndTheExitStatuses() {
    CliRunner.Result result = CliRunner.run("decode", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains(
            "--json",
            "--key=HEX",
            "--auth-key=HEX",
            "--zone=ZONE",
            "FILE...",
            "Europe/Stockholm",
            "Exit status");
  }

  @Test
  void versionIsThePomVersion() {
    CliRunner.Result result = CliRunner.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).matches("hanport \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }
}
