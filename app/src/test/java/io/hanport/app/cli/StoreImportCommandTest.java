package io.hanport.app.cli;

import static io.hanport.app.cli.StoreCliFixture.ok;
import static io.hanport.app.cli.StoreCliFixture.okWithStdin;
import static io.hanport.app.cli.StoreCliFixture.summary;
import static io.hanport.app.cli.StoreCliFixture.swedishCapture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hanport import} end to end through the CLI entry, into SQLite in a temp directory. */
class StoreImportCommandTest {

  private static final LocalDate DAY = LocalDate.parse("2026-01-10");

  /** A Swedish meter pushes every 10 s: 8640 telegrams a 24-hour day, 8280 on 23 hours. */
  private static final int READINGS_PER_DAY = 8640;

  @TempDir Path dir;

  private String db() {
    return "sqlite:" + dir.resolve("hanport.db");
  }

  private Path captureOfOneDay() throws Exception {
    return Files.write(dir.resolve("day.txt"), swedishCapture(DAY, DAY));
  }

  @Test
  void importOfACaptureFileStoresEveryReadingAndSummarisesIt() throws Exception {
    CliRunner.Result result = ok("import", "--input", captureOfOneDay().toString(), "--db", db());

    assertThat(result.out())
        .startsWith(
            "Imported " + READINGS_PER_DAY + " readings into sqlite:" + dir.resolve("hanport.db"));
    assertThat(summary(result, "readings stored")).isEqualTo(READINGS_PER_DAY);
    assertThat(summary(result, "duplicates skipped")).isZero();
    assertThat(summary(result, "rejected frames")).isZero();
    assertThat(summary(result, "segments started")).isEqualTo(1);
    assertThat(result.err()).doesNotContain("Exception");
  }

  @Test
  void importingTheSameCaptureAgainSkipsEveryReadingAsADuplicate() throws Exception {
    Path capture = captureOfOneDay();
    ok("import", "--input", "file:" + capture, "--db", db());

    CliRunner.Result again = ok("import", "--input", "file:" + capture, "--db", db());

    assertThat(summary(again, "readings stored")).isZero();
    assertThat(summary(again, "duplicates skipped")).isEqualTo(READINGS_PER_DAY);
    assertThat(summary(again, "segments started")).isZero();
  }

  @Test
  void importReadsACaptureFromStdin() {
    CliRunner.Result result =
        okWithStdin(swedishCapture(DAY, DAY), "import", "--input", "-", "--db", db());

    assertThat(summary(result, "readings stored")).isEqualTo(READINGS_PER_DAY);
  }

  @Test
  void rejectedFramesAreCountedAndTheRestStored() throws Exception {
    byte[] day = swedishCapture(DAY, DAY);
    int firstTelegramEnd =
        new String(day, 0, 2000, StandardCharsets.ISO_8859_1).indexOf('!');
    day[firstTelegramEnd + 1] = (byte) (day[firstTelegramEnd + 1] == '0' ? '1' : '0');
    Path capture = Files.write(dir.resolve("bad.txt"), day);

    CliRunner.Result result = ok("import", "--input", capture.toString(), "--db", db());

    assertThat(summary(result, "rejected frames")).isEqualTo(1);
    assertThat(summary(result, "readings stored")).isEqualTo(READINGS_PER_DAY - 1);
  }

  /**
   * Aidon's list 1 (capture amshan) carries no clock: two pushes in one capture have no time of
   * their own, so the user is told why the second is a duplicate instead of finding it missing.
   */
  @Test
  void readingsWithoutAMeterClockAreNamedInAWarning() throws Exception {
    String push;
    try (InputStream in =
        getClass().getResourceAsStream("/captures/apdu_no_aidon_list1_amshan.hex")) {
      push = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    Path capture = Files.writeString(dir.resolve("two-pushes.hex"), push + "\n" + push);

    CliRunner.Result result = ok("import", "--input", capture.toString(), "--db", db());

    assertThat(summary(result, "readings stored") + summary(result, "duplicates skipped"))
        .isEqualTo(2);
    assertThat(result.err())
        .contains("warning: 2 readings carry no meter clock and a capture holds no receive times");
  }

  @Test
  void aCaptureWithTheMeterClockGivesNoClockWarning() throws Exception {
    CliRunner.Result result = ok("import", "--input", captureOfOneDay().toString(), "--db", db());

    assertThat(result.err()).doesNotContain("no meter clock");
  }

  @Test
  void importOfASimulatedRangeCoversWholeLocalDaysIncludingThe23HourDay() {
    CliRunner.Result result =
        ok("import", "--input", "sim:se-p1?from=2026-03-28&to=2026-03-29", "--db", db());

    assertThat(summary(result, "readings stored")).isEqualTo(READINGS_PER_DAY + 8280);
    List<Map<String, String>> days =
        StoreCliFixture.csv(
            ok(
                    "export",
                    "--from",
                    "2026-03-28",
                    "--to",
                    "2026-03-29",
                    "--resolution",
                    "1d",
                    "--db",
                    db())
                .out());
    assertThat(days)
        .extracting(row -> row.get("start"))
        .containsExactly("2026-03-28T00:00:00+01:00", "2026-03-29T00:00:00+01:00");
    assertThat(days)
        .extracting(row -> row.get("readings"))
        .containsExactly(String.valueOf(READINGS_PER_DAY), "8280");
  }

  @Test
  void aNamedSimulatedRangeIsStoredUnderItsName() {
    ok("import", "--input", "cabin=sim:se-p1?from=2026-01-10&to=2026-01-10&seed=7", "--db", db());

    assertThat(StoreCliFixture.onlyMeter(db())).isEqualTo("cabin");
  }

  @Test
  void aLiveInputGoesThroughThePipelineUntilItEnds() throws Exception {
    Path capture = dir.resolve("one.txt");
    try (InputStream in = getClass().getResourceAsStream("/captures/p1_se_ell5_hanporten_7945.txt")) {
      Files.copy(in, capture);
    }

    CliRunner.Result result =
        ok("import", "--input", "file:" + capture + "?pace=realtime", "--db", db());

    assertThat(summary(result, "readings stored")).isEqualTo(1);
    assertThat(result.err()).contains("reading file:" + capture + "?pace=realtime");
  }
}
