package io.hanport.app.store;

import java.sql.SQLException;

/** PostgreSQL's SQLSTATE classes as one line a user can act on. */
final class PostgresErrors {

  private PostgresErrors() {}

  static StoreException translate(StoreUri.Postgresql uri, SQLException failure) {
    return new StoreException(message(uri, failure), failure);
  }

  private static String message(StoreUri.Postgresql uri, SQLException failure) {
    String state = failure.getSQLState() == null ? "" : failure.getSQLState();
    String server = uri.host() + ":" + uri.port();
    String detail = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
    if (state.equals("28P01") || state.equals("28000")) {
      return "PostgreSQL at "
          + server
          + " refused user '"
          + uri.user()
          + "': "
          + detail
          + ". Check the user and password in --db";
    }
    if (state.equals("3D000")) {
      return "PostgreSQL at "
          + server
          + " has no database '"
          + uri.database()
          + "': create it (createdb "
          + uri.database()
          + ") or fix --db";
    }
    if (state.startsWith("08")) {
      return "cannot reach PostgreSQL at "
          + server
          + ": "
          + detail
          + ". Is the server running, and are host and port in --db right?";
    }
    if (state.equals("53100")) {
      return "disk full on the PostgreSQL server at "
          + server
          + ": free some space there,"
          + " or prune raw readings (hanport db prune)";
    }
    if (state.equals("42501")) {
      return "PostgreSQL user '"
          + uri.user()
          + "' may not do this in "
          + uri.display()
          + ": "
          + detail
          + ". Grant it the rights, or use another user";
    }
    return "database error on " + uri.display() + ": " + detail;
  }
}
