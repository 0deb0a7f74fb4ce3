package io.hanport.app.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
      prepareNewFile(absolute);
      writer = dataSource.getConnection();
      Migrations.migrate(
          dataSource, "sqlite", Optional.empty(), failure -> translate(absolute, failure));
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
   * Pruning frees pages; only with auto_vacuum can they go back to the file system, where the disk
   * watch needs them. FULL, because INCREMENTAL frees one page per step and the driver steps a
   * pragma once. Ingest frees almost no pages, so FULL costs nothing there. The mode sticks only if
   * set before the first table and before the switch to WAL, so a new file gets it on a plain
   * connection first.
   */
  private static void prepareNewFile(Path file) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      boolean empty;
      try (ResultSet tables = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
        empty = tables.next() && tables.getLong(1) == 0;
      }
      if (empty) {
        statement.execute("PRAGMA auto_vacuum = FULL");
        statement.execute("PRAGMA journal_mode = WAL");
      }
    }
  }

  private static void createParent(Path file) {
    Path parent = file.getParent();
    try {
      Files.createDirectories(parent);
    } catch (FileAlreadyExistsException notDirectory) {
      throw unwritable(
          parent, notDirectory.getFile() + " is a file, not a directory", notDirectory);
    } catch (AccessDeniedException denied) {
      throw unwritable(parent, "permission denied", denied);
    } catch (NoSuchFileException missing) {
      throw unwritable(parent, "no such file or directory", missing);
    } catch (FileSystemException failure) {
      String reason = failure.getReason() == null ? failure.getMessage() : failure.getReason();
      throw unwritable(parent, reason.toLowerCase(Locale.ROOT), failure);
    } catch (IOException failure) {
      throw unwritable(parent, String.valueOf(failure.getMessage()), failure);
    }
  }

  private static StoreException unwritable(Path directory, String reason, IOException cause) {
    return new StoreException(
        "cannot create " + directory + ": " + reason + ". Choose a writable --db path", cause);
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

  /**
   * A Raspberry Pi's SD card is the constraint, not CPU at one reading per 10 s: level 6 stores a
   * Swedish reading in ~185 bytes where level 1 needs ~290 (issue 5: 100 MB for a year).
   */
  @Override
  public int rawCompressionLevel() {
    return 6;
  }

  @Override
  public String location() {
    return "sqlite:" + path;
  }

  @Override
  public long sizeBytes(Connection connection) {
    return sizeOf(path) + sizeOf(Path.of(path + "-wal")) + sizeOf(Path.of(path + "-shm"));
  }

  /**
   * Outside any transaction: folds the WAL, which holds a copy of every page the prune touched
   * until checkpointed, back into the file (where auto_vacuum has already cut the freed pages) and
   * truncates it.
   */
  @Override
  public synchronized void reclaimSpace() {
    try (Statement statement = writer.createStatement()) {
      writer.setAutoCommit(true);
      statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (SQLException failure) {
      throw translate(failure);
    } finally {
      try {
        writer.setAutoCommit(false);
      } catch (SQLException closed) {
        // The next write reports the broken connection with its own message.
      }
    }
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
