package io.hanport.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;

/** What differs between the two engines: connections, size on disk, free space, error text. */
interface Database extends AutoCloseable {

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs work in one transaction on the single writer; commits, or rolls back and throws. */
  <T> T write(SqlWork<T> work);

  /** Runs work on a reader, alongside the writer. */
  <T> T read(SqlWork<T> work);

  String location();

  /** Deflate level for raw readings: what this engine's disk and ingest rate call for. */
  int rawCompressionLevel();

  long sizeBytes(Connection connection) throws SQLException;

  /** Gives the space of deleted rows back to the file system, where the engine needs telling. */
  void reclaimSpace();

  OptionalLong freeDiskBytes();

  /** The user's one-line account of a failure. */
  StoreException translate(SQLException failure);

  @Override
  void close();
}
