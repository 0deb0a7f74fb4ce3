package io.hanport.app.store;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Versioned schema migrations (Flyway, {@code db/migration/<engine>}). A newer hanport migrates an
 * older database; an older hanport refuses a newer database, whose tables it does not know. Flyway
 * itself would only ignore the unknown "future" migrations, so the check is ours.
 */
final class Migrations {

  private Migrations() {}

  static void migrate(
      DataSource dataSource,
      String engine,
      Optional<String> schema,
      Function<SQLException, StoreException> translate) {
    FluentConfiguration configuration =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration/" + engine)
            .failOnMissingLocations(true)
            .loggers(FlywayLog.class.getName());
    schema.ifPresent(name -> configuration.schemas(name).createSchemas(true));
    Flyway flyway = configuration.load();
    try {
      refuseNewerSchema(flyway.info());
      flyway.migrate();
    } catch (FlywayException failure) {
      throw translated(failure, translate);
    }
  }

  private static void refuseNewerSchema(MigrationInfoService info) {
    MigrationInfo current = info.current();
    if (current == null || current.getVersion() == null) {
      return;
    }
    MigrationVersion known =
        Arrays.stream(info.all())
            .filter(
                migration -> migration.getState().isResolved() && migration.getVersion() != null)
            .map(MigrationInfo::getVersion)
            .max(Comparator.naturalOrder())
            .orElse(MigrationVersion.EMPTY);
    if (current.getVersion().isNewerThan(known.getVersion())) {
      throw new StoreException(
          "this database was written by a newer hanport (schema "
              + current.getVersion()
              + ", this one knows "
              + known
              + "): upgrade hanport");
    }
  }

  private static StoreException translated(
      FlywayException failure, Function<SQLException, StoreException> translate) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return translate.apply((SQLException) cause);
      }
    }
    String firstLine = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
    return new StoreException("cannot prepare the database: " + firstLine, failure);
  }
}
