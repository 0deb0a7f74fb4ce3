package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hanport decode} end to end, in-process: the output and exit-status contract of issue 2.
 */
class DecodeCommandTest {

  private static final String SWEDISH = "p1_se_ell5_hanporten_7945.txt";
  private static final String BAD_CRC = "p1_dsmr_parser_v5_bad_crc_line_removed.txt";
  private static final String VALID_KEY = "000102030405060708090A0B0C0D0E0F";

  @TempDir Path dir;

  @Test
  void jsonPrintsTheContractLineAndNothingElseOnStdout() {
    CliRunner.Result result = CliRunner.run("decode", "--json", capture(SWEDISH).toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(expectedJson());
    assertThat(result.err()).isEqualTo("1 readings, 0 rejected\n");
  }

  @Test
  void badChecksumIsOneRejectedLineThenTheSummaryAndExitZero() {
    CliRunner.Result result = CliRunner.run("decode", "--json", capture(BAD_CRC).toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "rejected: BAD_CHECKSUM at byte 0: expected 6EEE, computed A309\n"
                + "0 readings, 1 rejected\n");
  }

  @Test
  void severalFilesPrefixEachRejectionWithItsFile() {
    String bad = capture(BAD_CRC).toString();
    CliRunner.Result result = CliRunner.run("decode", "--json", capture(SWEDISH).toString(), bad);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(expectedJson());
    assertThat(result.err())
        .startsWith(bad + ": rejected: BAD_CHECKSUM at byte 0")
        .endsWith("\n1 readings, 1 rejected\n");
  }

  @Test
  void hexCaptureDecodesLikeItsRawBytes() throws IOException {
    String hex = HexFormat.of().withUpperCase().formatHex(bytes(SWEDISH));
    Path file = dir.resolve("swedish.hex");
    Files.writeString(
        file, "  " + hex.substring(0, 100) + "\n" + hex.substring(100).toLowerCase() + "\r\n");

    CliRunner.Result result = CliRunner.run("decode", "--json", file.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(expectedJson());
  }

  @Test
  void dashReadsStandardInput() {
    CliRunner.Result result = CliRunner.run(bytes(SWEDISH), Map.of(), "decode", "--json", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(expectedJson());
    assertThat(result.err()).isEqualTo("1 readings, 0 rejected\n");
  }

  @Test
  void withoutJsonAReadableBlockGoesToStdout() {
    CliRunner.Result result = CliRunner.run("decode", capture(SWEDISH).toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(
            String.join(
                "\n",
                "DSMR  ELL5\\253833635_A  at 2021-02-17T18:40:19+01:00  not encrypted",
                "Energy",
                "  import           6678.394  kWh",
                "  export              0.000  kWh",
                "  reactive import    21.988  kvarh",
                "  reactive export  1020.971  kvarh",
                "Power",
                "  import           1727  W",
                "  export              0  W",
                "  reactive import     0  var",
                "  reactive export   309  var",
                "Per phase",
                "                      L1     L2     L3",
                "  power import      1023    350    353  W",
                "  power export         0      0      0  W",
                "  reactive import      0      0      0  var",
                "  reactive export      9    161    138  var",
                "  voltage          240.3  240.1  241.3  V",
                "  current            4.2    1.6    1.7  A",
                ""));
    assertThat(result.err()).isEqualTo("1 readings, 0 rejected\n");
  }

  @Test
  void blocksOfSeveralReadingsAreSeparatedByABlankLine() {
    String swedish = capture(SWEDISH).toString();
    CliRunner.Result one = CliRunner.run("decode", swedish);
    CliRunner.Result two = CliRunner.run("decode", swedish, swedish);

    assertThat(two.out()).isEqualTo(one.out() + "\n" + one.out());
  }

  @Test
  void validKeyFromOptionOrEnvironmentIsAccepted() {
    CliRunner.Result fromOption =
        CliRunner.run("decode", "--json", "--key", VALID_KEY, capture(SWEDISH).toString());
    CliRunner.Result fromEnvironment =
        CliRunner.run(
            new byte[0],
            Map.of("HANPORT_KEY", VALID_KEY.toLowerCase()),
            "decode",
            "--json",
            capture(SWEDISH).toString());

    assertThat(fromOption.exitCode()).isZero();
    assertThat(fromOption.out()).isEqualTo(expectedJson()).doesNotContain(VALID_KEY);
    assertThat(fromEnvironment.exitCode()).isZero();
    assertThat(fromEnvironment.out()).isEqualTo(expectedJson());
  }

  @Test
  void zoneOptionChangesWhatTheWinterFlagMeans() {
    CliRunner.Result result =
        CliRunner.run("decode", "--json", "--zone", "Europe/Helsinki", capture(SWEDISH).toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("\"meter_time\":\"2021-02-17T18:40:19+02:00\"");
  }

  static Path capture(String name) {
    try {
      return Path.of(DecodeCommandTest.class.getResource("/captures/" + name).toURI());
    } catch (URISyntaxException notAFile) {
      throw new IllegalStateException(notAFile);
    }
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(capture(name));
    } catch (IOException error) {
      throw new UncheckedIOException(error);
    }
  }

  /**
   * The Swedish telegram as READING.md says it reads: derived field by field from the capture's
   * text.
   */
  static String expectedJson() {
    try (InputStream in =
        DecodeCommandTest.class.getResourceAsStream("/expected/p1_se_ell5_hanporten_7945.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException error) {
      throw new UncheckedIOException(error);
    }
  }
}
