package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every user mistake ends with one stderr line that names the fix, the documented exit status (2
 * usage, 1 unreadable input), nothing on stdout, and never a stack trace.
 */
class CliErrorsTest {

  private static final String SWEDISH =
      DecodeCommandTest.capture("p1_se_ell5_hanporten_7945.txt").toString();

  @TempDir Path dir;

  @Test
  void missingFileExitsOneNamingTheFix() {
    CliRunner.Result result = CliRunner.run("decode", "no-such-capture.txt");

    assertOneLineError(result, 1);
    assertThat(result.err())
        .isEqualTo(
            "hanport: cannot read 'no-such-capture.txt': no such file. Give the path to a capture,"
                + " or - for stdin.\n");
  }

  @Test
  void missingFileAmongSeveralStopsBeforeAnyOutput() {
    CliRunner.Result result = CliRunner.run("decode", SWEDISH, "missing.txt");

    assertOneLineError(result, 1);
    assertThat(result.err()).contains("'missing.txt': no such file");
  }

  @Test
  void directoryIsNotACapture() {
    CliRunner.Result result = CliRunner.run("decode", dir.toString());

    assertOneLineError(result, 1);
    assertThat(result.err()).contains("it is a directory");
  }

  @Test
  void nonHexCharacterInHexCaptureIsAUsageErrorWithItsPosition() throws IOException {
    Path file = dir.resolve("frame.hex");
    Files.writeString(file, "7EA0\n7E G0\n");

    CliRunner.Result result = CliRunner.run("decode", file.toString());

    assertOneLineError(result, 2);
    assertThat(result.err())
        .startsWith("hanport: '" + file + "' line 2, column 4: 'G' is not a hex digit.");
  }

  @Test
  void shortKeyIsAUsageErrorThatNeverEchoesTheKey() {
    String secret = "00112233445566778899AABBCCDDEE";
    CliRunner.Result result = CliRunner.run("decode", "--key", secret, SWEDISH);

    assertOneLineError(result, 2);
    assertThat(result.err())
        .startsWith("hanport: --key (or $HANPORT_KEY) must be 32 hex digits")
        .doesNotContain(secret);
  }

  @Test
  void nonHexAuthenticationKeyIsAUsageError() {
    String secret = "000102030405060708090A0B0C0D0EZZ";
    CliRunner.Result result = CliRunner.run("decode", "--auth-key", secret, SWEDISH);

    assertOneLineError(result, 2);
    assertThat(result.err())
        .startsWith("hanport: --auth-key (or $HANPORT_AUTH_KEY) must be 32 hex digits")
        .doesNotContain(secret);
  }

  @Test
  void badKeyInTheEnvironmentIsNamedWithItsVariable() {
    String secret = "not-a-key";
    CliRunner.Result result =
        CliRunner.run(new byte[0], Map.of("HANPORT_KEY", secret), "decode", SWEDISH);

    assertOneLineError(result, 2);
    assertThat(result.err())
        .startsWith("hanport: --key (or $HANPORT_KEY) must be 32 hex digits")
        .doesNotContain(secret);
  }

  @Test
  void keyGivenBeforeTheCommandIsNotEchoedInTheError() {
    String secret = "000102030405060708090A0B0C0D0E0F";
    CliRunner.Result result = CliRunner.run("--key", secret, "decode", SWEDISH);
    CliRunner.Result joined = CliRunner.run("--auth-key=" + secret, "decode", SWEDISH);

    assertOneLineError(result, 2);
    assertThat(result.err()).contains("<key>").doesNotContain(secret);
    assertOneLineError(joined, 2);
    assertThat(joined.err()).doesNotContain(secret);
  }

  @Test
  void unknownZoneIsAUsageError() {
    CliRunner.Result result = CliRunner.run("decode", "--zone", "Europe/Atlantis", SWEDISH);

    assertOneLineError(result, 2);
    assertThat(result.err()).startsWith("hanport: unknown zone 'Europe/Atlantis'.");
  }

  @Test
  void unknownOptionIsAUsageErrorPointingAtHelp() {
    CliRunner.Result result = CliRunner.run("decode", "--bogus", SWEDISH);

    assertOneLineError(result, 2);
    assertThat(result.err())
        .startsWith("hanport: Unknown option: '--bogus'")
        .endsWith("See 'hanport decode --help'.\n");
  }

  @Test
  void decodeWithoutFilesIsAUsageError() {
    CliRunner.Result result = CliRunner.run("decode");

    assertOneLineError(result, 2);
    assertThat(result.err()).contains("FILE");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRunner.Result result = CliRunner.run("decoed", SWEDISH);

    assertOneLineError(result, 2);
    assertThat(result.err())
        .isEqualTo("hanport: unknown command 'decoed'. See 'hanport --help'.\n");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRunner.Result result = CliRunner.run();

    assertOneLineError(result, 2);
    assertThat(result.err()).isEqualTo("hanport: no command given. See 'hanport --help'.\n");
  }

  private static void assertOneLineError(CliRunner.Result result, int exitCode) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).doesNotContain("Exception", "\tat ");
  }
}
