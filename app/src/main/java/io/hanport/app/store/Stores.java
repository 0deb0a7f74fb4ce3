package io.hanport.app.store;

import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;

/** Opens the store a {@code --db} value names, migrated to this hanport's schema. */
public final class Stores {

  /** Where a store lives unless {@code --db} says otherwise (issue 5). */
  public static final String DEFAULT_DB = StoreUri.DEFAULT;

  private Stores() {}

  /**
   * @param dbUri {@code sqlite:PATH} or {@code postgresql://user:pass@host:port/name[?schema=S]}
   * @param zone where days and months begin; fixed for the life of a database
   * @throws StoreException with a one-line message when the database cannot be used
   */
  public static Store open(String dbUri, ZoneId zone) {
    return open(dbUri, zone, StoreSettings.defaults());
  }

  public static Store open(String dbUri, ZoneId zone, StoreSettings settings) {
    Database database = connect(StoreUri.parse(dbUri));
    try {
      checkZone(database, zone);
    } catch (RuntimeException failure) {
      database.close();
      throw failure;
    }
    return new SqlStore(database, zone, settings);
  }

  /**
   * Opens a database that already exists, in the zone its days were cut in: for commands that only
   * read history and must neither create an empty database nor make the user repeat its zone.
   *
   * @param zoneIfUnrecorded the zone of a database that holds no readings yet
   * @throws StoreException when a SQLite file does not exist, or as {@link #open}
   */
  public static Store openExisting(String dbUri, ZoneId zoneIfUnrecorded) {
    StoreUri uri = StoreUri.parse(dbUri);
    if (uri instanceof StoreUri.Sqlite && !Files.exists(((StoreUri.Sqlite) uri).path())) {
      throw new StoreException(
          "no database at "
              + ((StoreUri.Sqlite) uri).path()
              + ": name it with --db, or store readings first (hanport serve)");
    }
    Database database = connect(uri);
    try {
      ZoneId zone = recordZone(database, zoneIfUnrecorded);
      return new SqlStore(database, zone, StoreSettings.defaults());
    } catch (RuntimeException failure) {
      database.close();
      throw failure;
    }
  }

  private static Database connect(StoreUri uri) {
    return uri instanceof StoreUri.Sqlite
        ? SqliteDatabase.open(((StoreUri.Sqlite) uri).path())
        : PostgresDatabase.open((StoreUri.Postgresql) uri);
  }

  /**
   * Rollups are cut at local midnights; opening them in another zone would merge days wrongly, so
   * the first zone is recorded and any other refused.
   */
  private static void checkZone(Database database, ZoneId zone) {
    ZoneId recorded = recordZone(database, zone);
    if (!recorded.equals(zone)) {
      throw new StoreException(
          database.location()
              + " keeps days and months in "
              + recorded
              + ", not "
              + zone.getId()
              + ": open it with zone "
              + recorded);
    }
  }

  /** The database's zone; a database without one is given {@code zone}. */
  private static ZoneId recordZone(Database database, ZoneId zone) {
    return ZoneId.of(
        database.write(
            connection -> {
              try (PreparedStatement select =
                  connection.prepareStatement("SELECT value FROM setting WHERE name = 'zone'")) {
                try (ResultSet row = select.executeQuery()) {
                  if (row.next()) {
                    return row.getString(1);
                  }
                }
              }
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO setting (name, value) VALUES ('zone', ?)")) {
                insert.setString(1, zone.getId());
                insert.executeUpdate();
              }
              return zone.getId();
            }));
  }
}
