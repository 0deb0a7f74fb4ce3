package io.hanport.app.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite in WAL mode: one writer connection, one reader connection, and other processes may read
 * the file while hanport writes. {@code synchronous=FULL}: in WAL mode NORMAL survives a crash of
 * hanport but may lose the last commits on power loss, and issue 5 promises every committed batch
 * survives both. One fsync per batch (every 10 s by default) is nothing even on an SD card.
 */
final class SqliteDatabase implements Database {

  private static final int BUSY_TIMEOUT_MS = 10_000;

  private final Path path;
  private final Connection writer;
  private final Connection reader;

  private SqliteDatabase(Path path, Connection writer, Connection reader) {
    this.path = path;
    this.writer = writer;
    this.reader = reader;
  }

  static SqliteDatabase open(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    createParent(absolute);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + absolute);
    Connection writer = null;
    try {
      writer = dataSource.getConnection();
      enableIncrementalVacuum(writer);
      Migrations.migrate(dataSource, "sqlite", Optional.empty(), failure -> translate(absolute, failure));
      writer.setAutoCommit(false);
      return new SqliteDatabase(absolute, writer, dataSource.getConnection());
    } catch (SQLException failure) {
      closeQuietly(writer);
      throw translate(absolute, failure);
    } catch (RuntimeException failure) {
      closeQuietly(writer);
      throw failure;
    }
  }

  /**
   * Pruning frees pages; only with auto_vacuum can they go back to the file system, where the
   * disk watch needs them. The mode can be set only before the first table exists.
   */
  private static void enableIncrementalVacuum(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      boolean empty;
      try (var tables = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
        empty = tables.next() && tables.getLong(1) == 0;
      }
      if (empty) {
        statement.execute("PRAGMA auto_vacuum = INCREMENTAL");
      }
    }
  }

  private static void createParent(Path file) {
    Path parent = file.getParent();
    try {
      Files.createDirectories(parent);
    } catch (AccessDeniedException denied) {
      throw new StoreException(
          "cannot create " + parent + ": permission denied. Choose a writable --db path", denied);
    } catch (FileAlreadyExistsException notDirectory) {
      throw new StoreException(
          "cannot create " + parent + ": " + notDirectory.getFile() + " is a file, not a directory."
              + " Choose a writable --db path",
          notDirectory);
    } catch (FileSystemException failure) {
      throw new StoreException(
          "cannot create " + parent + ": " + reason(failure) + ". Choose a writable --db path",
          failure);
    } catch (IOException failure) {
      throw new StoreException("cannot create " + parent + ": " + failure.getMessage(), failure);
    }
  }

  private static String reason(FileSystemException failure) {
    return failure.getReason() == null ? failure.getClass().getSimpleName() : failure.getReason().toLowerCase(Locale.ROOT);
  }

  @Override
  public synchronized <T> T write(SqlWork<T> work) {
    try {
      T result = work.run(writer);
      writer.commit();
      return result;
    } catch (SQLException failure) {
      rollbackQuietly();
      throw translate(failure);
    } catch (RuntimeException failure) {
      rollbackQuietly();
      throw failure;
    }
  }

  @Override
  public <T> T read(SqlWork<T> work) {
    synchronized (reader) {
      try {
        return work.run(reader);
      } catch (SQLException failure) {
        throw translate(failure);
      }
    }
  }

  @Override
  public String location() {
    return "sqlite:" + path;
  }

  @Override
  public long sizeBytes(Connection connection) {
    return sizeOf(path) + sizeOf(Path.of(path + "-wal")) + sizeOf(Path.of(path + "-shm"));
  }

  @Override
  public void reclaimSpace() {
    write(
        connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA incremental_vacuum");
          }
          return null;
        });
  }

  @Override
  public OptionalLong freeDiskBytes() {
    try {
      return OptionalLong.of(Files.getFileStore(path).getUsableSpace());
    } catch (IOException unknown) {
      return OptionalLong.empty();
    }
  }

  @Override
  public StoreException translate(SQLException failure) {
    return translate(path, failure);
  }

  static StoreException translate(Path path, SQLException failure) {
    return SqliteErrors.translate(path, failure);
  }

  @Override
  public synchronized void close() {
    closeQuietly(reader);
    closeQuietly(writer);
  }

  private void rollbackQuietly() {
    try {
      writer.rollback();
    } catch (SQLException alreadyGone) {
      // The transaction is lost either way; the original failure is the one worth reporting.
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException vanished) {
      return 0;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException alreadyClosed) {
      // Closing on the way out: nothing left to protect.
    }
  }
}
