package io.hanport.app.cli;

import static io.hanport.app.cli.StoreCliFixture.ok;
import static io.hanport.app.cli.StoreCliFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.store.Resolution;
import io.hanport.app.testing.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import}, {@code export} and {@code db info} against the machine's PostgreSQL (trust
 * authentication on 127.0.0.1, database {@code test}, as the store's own PostgreSQL tests), each
 * test in a schema of its own, dropped afterwards.
 */
class StorePostgresCliTest {

  private static final String HOST = "127.0.0.1";
  private static final int PORT = 5432;
  private static final LocalDate FIRST = LocalDate.parse("2026-01-10");
  private static final LocalDate LAST = LocalDate.parse("2026-01-11");

  private final String schema = "hanport_cli_" + UUID.randomUUID().toString().replace("-", "");

  @TempDir Path dir;

  @BeforeAll
  static void requirePostgres() {
    Services.assumeReachable(HOST, PORT, "PostgreSQL");
  }

  @AfterEach
  void dropSchema() throws Exception {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/test", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private String db() {
    return "postgresql://postgres@" + HOST + ":" + PORT + "/test?schema=" + schema;
  }

  @Test
  void importThenExportOnPostgresqlEqualsTheStoresHistory() throws Exception {
    Path capture =
        Files.write(dir.resolve("days.txt"), StoreCliFixture.swedishCapture(FIRST, LAST));

    CliRunner.Result imported = ok("import", "--input", capture.toString(), "--db", db());
    CliRunner.Result again = ok("import", "--input", capture.toString(), "--db", db());
    String hours =
        ok(
                "export",
                "--from",
                FIRST.toString(),
                "--to",
                LAST.toString(),
                "--resolution",
                "1h",
                "--db",
                db())
            .out();

    assertThat(summary(imported, "readings stored")).isEqualTo(2 * 8640);
    assertThat(summary(again, "duplicates skipped")).isEqualTo(2 * 8640);
    StoreExportCommandTest.checkRowsEqualHistory(
        hours,
        StoreCliFixture.history(
            db(), StoreCliFixture.onlyMeter(db()), FIRST, LAST, Resolution.HOUR));
    assertThat(StoreCliFixture.csv(hours)).hasSize(48);
  }

  @Test
  void simulatedRangeAndDbInfoOnPostgresql() {
    ok("import", "--input", "sim:se-p1?from=2026-01-10&to=2026-01-10", "--db", db());

    String info = ok("db", "info", "--db", db()).out();

    assertThat(info)
        .contains("Engine          PostgreSQL")
        .contains("(schema " + schema + ")")
        .contains("Free disk       the database server's to watch")
        .containsPattern("rollup 1h +24  2026-01-10 00:00:00\\+01:00");
    assertThat(info).doesNotContain("password");
  }
}
