package io.hanport.app.store;

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
    StoreUri uri = StoreUri.parse(dbUri);
    Database database =
        uri instanceof StoreUri.Sqlite
            ? SqliteDatabase.open(((StoreUri.Sqlite) uri).path())
            : PostgresDatabase.open((StoreUri.Postgresql) uri);
    try {
      checkZone(database, zone);
    } catch (RuntimeException failure) {
      database.close();
      throw failure;
    }
    return new SqlStore(database, zone, settings);
  }

  /**
   * Rollups are cut at local midnights; opening them in another zone would merge days wrongly, so
   * the first zone is recorded and any other refused.
   */
  private static void checkZone(Database database, ZoneId zone) {
    String recorded =
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
            });
    if (!recorded.equals(zone.getId())) {
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
}
