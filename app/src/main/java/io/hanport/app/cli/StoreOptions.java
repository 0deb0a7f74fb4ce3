package io.hanport.app.cli;

import io.hanport.app.store.Store;
import io.hanport.app.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --db} and {@code --zone} for the commands that only read or maintain history ({@code
 * export}, {@code db info}, {@code db prune}). {@code import} takes its zone from the input's
 * decoder flags instead.
 */
final class StoreOptions {

  /** Times as {@code db info} and {@code db prune} print them: local, with the offset. */
  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssXXX", Locale.ROOT);

  @Option(
      names = "--db",
      paramLabel = "DB",
      defaultValue = Stores.DEFAULT_DB,
      description =
          "History: sqlite:PATH or postgresql://user:pass@host:5432/name (default:"
              + " ${DEFAULT-VALUE}).")
  String database;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "Europe/Stockholm",
      description =
          "Where days and months begin; the database keeps the zone it was created with."
              + " Default: ${DEFAULT-VALUE}.")
  String zone;

  static String localTime(Instant instant, ZoneId zone) {
    return LOCAL_TIME.format(instant.atZone(zone));
  }

  ZoneId zoneId(CommandSpec spec) {
    return zoneId(spec, zone);
  }

  static ZoneId zoneId(CommandSpec spec, String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException unknown) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown zone '" + zone + "'. Give a region such as Europe/Stockholm or Europe/Oslo.");
    }
  }

  /**
   * Opens an existing store: reading a SQLite path that does not exist would create an empty
   * database there, which only hides a typo in {@code --db}.
   */
  Store openExisting(CommandSpec spec) {
    ZoneId zoneId = zoneId(spec);
    if (database.startsWith("sqlite:")) {
      Path file = Path.of(database.substring("sqlite:".length()));
      if (!Files.isRegularFile(file)) {
        throw new UnreadableInputException(
            "no database at "
                + file
                + ": check --db, or fill one with 'hanport import --input ... --db "
                + database
                + "'");
      }
    }
    return Stores.open(database, zoneId);
  }
}
