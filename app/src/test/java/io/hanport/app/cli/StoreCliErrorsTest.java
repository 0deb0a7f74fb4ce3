package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store commands' error contract: exit 2 for usage, 1 for what cannot be read or written. */
class StoreCliErrorsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "export --from 2026-01-02 --to 2026-01-01 --resolution 1d",
        "export --from 2026-01-01 --to 2026-01-02 --resolution 2h",
        "export --from 2026-01-01 --to 2026-01-02 --resolution 1d --format xml",
        "export --from 1.1.2026 --to 2026-01-02 --resolution 1d",
        "export --from 2026-01-01 --to 2026-01-02",
        "export --from 2026-01-01 --to 2026-01-02 --resolution 1d --zone Mars/Olympus",
        "import",
        "import --input sim:se-p1?from=yesterday",
        "import --input sim:se-p1?start=2026-01-01",
        "import --input sim:se-p1?from=2026-01-02&to=2026-01-01",
        "import --input sim:xx-p1?from=2026-01-01",
        "import --input bogus://x",
        "db",
        "db prune --retention 30x",
        "db prune --retention 0d",
        "db vacuum"
      })
  void badArgumentsExitTwoWithOneLine(String args) {
    CliRunner.Result result = run(args + " --db sqlite:" + dir.resolve("h.db"));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Cli.EXIT_USAGE);
    assertThat(result.err().lines()).hasSize(1).allMatch(line -> line.startsWith("hanport: "));
    assertThat(result.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "import --input MISSING",
        "export --from 2026-01-01 --to 2026-01-02 --resolution 1d",
        "db info",
        "db prune",
        "import --input sim:se-p1?from=2026-01-01&to=2026-01-01"
            + " --db postgresql://nobody:wrong@127.0.0.1:1/none"
      })
  void unusableInputsAndDatabasesExitOneWithOneLine(String args) {
    String withDb = args.contains("--db") ? args : args + " --db sqlite:" + dir.resolve("none.db");
    CliRunner.Result result = run(withDb.replace("MISSING", dir.resolve("missing.txt").toString()));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Cli.EXIT_IO);
    assertThat(result.err().lines()).hasSize(1).allMatch(line -> line.startsWith("hanport: "));
  }

  private static CliRunner.Result run(String args) {
    return CliRunner.run(args.split(" "));
  }
}
