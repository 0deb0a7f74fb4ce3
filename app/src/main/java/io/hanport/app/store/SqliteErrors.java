package io.hanport.app.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's result codes as one line a user can act on. */
final class SqliteErrors {

  private SqliteErrors() {}

  static StoreException translate(Path path, SQLException failure) {
    int primary =
        failure instanceof SQLiteException
            ? ((SQLiteException) failure).getResultCode().code & 0xff
            : failure.getErrorCode() & 0xff;
    return new StoreException(message(path, primary, failure), failure);
  }

  private static String message(Path path, int primary, SQLException failure) {
    if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
      return "disk full: cannot write "
          + path
          + ". Free some space, or prune raw readings (hanport db prune)";
    }
    if (primary == SQLiteErrorCode.SQLITE_READONLY.code
        || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
        || primary == SQLiteErrorCode.SQLITE_PERM.code) {
      return "cannot write " + path + ": " + detail(failure) + ". Choose a writable --db path";
    }
    if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return path + " is not a SQLite database. Choose another --db path";
    }
    if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
      return path + " is damaged (" + detail(failure) + "): restore it from a backup";
    }
    if (primary == SQLiteErrorCode.SQLITE_BUSY.code
        || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
      return path + " is locked by another process writing to it: stop that one first";
    }
    return "database error on " + path + ": " + detail(failure);
  }

  /** The driver's message without its "[SQLITE_X] " prefix, on one line. */
  private static String detail(SQLException failure) {
    String message = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
    return message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
  }
}
