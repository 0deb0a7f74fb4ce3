package io.hanport.app.cli;

import static io.hanport.app.cli.StoreCliFixture.STOCKHOLM;
import static io.hanport.app.cli.StoreCliFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.store.Store;
import io.hanport.app.store.StoreInfo;
import io.hanport.app.store.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hanport db info} and {@code hanport db prune} end to end on SQLite. */
class StoreDbCommandTest {

  @TempDir Path dir;

  private String db() {
    return "sqlite:" + dir.resolve("hanport.db");
  }

  private StoreInfo info() {
    try (Store store = Stores.open(db(), STOCKHOLM)) {
      return store.info();
    }
  }

  @Test
  void dbInfoShowsEngineSchemaSizeMetersAndRowsPerResolution() {
    ok("import", "--input", "sim:se-p1?from=2026-01-10&to=2026-01-11", "--db", db());

    String text = ok("db", "info", "--db", db()).out();

    assertThat(text)
        .contains("Engine          SQLite")
        .contains("Location        sqlite:" + dir.resolve("hanport.db"))
        .contains("Schema version  4")
        .containsPattern("spot_price +0\n")
        .containsPattern("Size on disk    \\d+\\.\\d MB")
        .containsPattern("Free disk       \\d+\\.\\d [MG]B")
        .contains("Raw retention   30 days")
        .contains(
            "ell5-253833635-a: 2026-01-10 00:00:00+01:00 to 2026-01-11 23:59:50+01:00,"
                + " 1 segment")
        .contains("from 2026-01-10 00:00:00+01:00: first reading, ELL5\\253833635_A")
        .containsPattern(
            "rollup 15m +192  2026-01-10 00:00:00\\+01:00  2026-01-11 23:45:00\\+01:00")
        .containsPattern("rollup 1h +48  2026-01-10 00:00:00\\+01:00")
        .containsPattern("rollup 1d +2  ")
        .containsPattern("rollup 1M +1  2026-01-01 00:00:00\\+01:00");
  }

  @Test
  void dbPruneRemovesOnlyRawReadingsOlderThanTheRetention() {
    LocalDate threeDaysAgo = LocalDate.now(STOCKHOLM).minusDays(3);
    ok("import", "--input", "sim:se-p1?from=" + threeDaysAgo, "--db", db());
    StoreInfo before = info();
    long raw = before.rowsPerTable().get("raw_reading");

    String dryRun = ok("db", "prune", "--retention", "2d", "--dry-run", "--db", db()).out();
    long wouldGo = number(dryRun, "Would delete (\\d+) of " + raw + " raw readings");
    assertThat(info().rowsPerTable().get("raw_reading")).isEqualTo(raw);

    String pruned = ok("db", "prune", "--retention", "2d", "--db", db()).out();
    long deleted = number(pruned, "Deleted (\\d+) raw readings older than");
    Instant horizon = Instant.now().minus(Duration.ofDays(2));

    StoreInfo after = info();
    assertThat(deleted).isPositive().isLessThan(raw);
    assertThat(wouldGo).isBetween(deleted - 100, deleted);
    assertThat(after.rowsPerTable().get("raw_reading")).isEqualTo(raw - deleted);
    assertThat(after.raw().orElseThrow().first()).isAfter(horizon.minus(Duration.ofMinutes(10)));
    assertThat(after.raw().orElseThrow().last()).isEqualTo(before.raw().orElseThrow().last());
    assertThat(after.rollupRows()).isEqualTo(before.rollupRows());
    assertThat(after.rollups()).isEqualTo(before.rollups());
  }

  private static long number(String text, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return Long.parseLong(matcher.group(1));
  }
}
