package io.hanport.app.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * PostgreSQL through a small HikariCP pool. Writes are serialized like SQLite's (one writer per
 * store), so batches of different threads never interleave; reads take their own connections.
 */
final class PostgresDatabase implements Database {

  private static final int POOL_SIZE = 4;
  private static final int CONNECT_TIMEOUT_SECONDS = 5;

  private final StoreUri.Postgresql uri;
  private final HikariDataSource pool;
  private final Object writeLock = new Object();

  private PostgresDatabase(StoreUri.Postgresql uri, HikariDataSource pool) {
    this.uri = uri;
    this.pool = pool;
  }

  static PostgresDatabase open(StoreUri.Postgresql uri) {
    probe(uri);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(uri.jdbcUrl());
    config.setUsername(uri.user());
    config.setPassword(uri.password());
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
    config.setPoolName("hanport-store");
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    uri.schema().ifPresent(config::setSchema);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Migrations.migrate(
          pool, "postgresql", uri.schema(), failure -> PostgresErrors.translate(uri, failure));
      return new PostgresDatabase(uri, pool);
    } catch (RuntimeException failure) {
      pool.close();
      throw failure;
    }
  }

  /**
   * One plain connection before the pool: a wrong password or a stopped server then ends in our
   * one-line message, not in the pool's logged stack trace.
   */
  private static void probe(StoreUri.Postgresql uri) {
    Properties properties = new Properties();
    properties.setProperty("user", uri.user());
    properties.setProperty("password", uri.password());
    properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    try (Connection connection = DriverManager.getConnection(uri.jdbcUrl(), properties)) {
      connection.isValid(CONNECT_TIMEOUT_SECONDS);
    } catch (SQLException failure) {
      throw PostgresErrors.translate(uri, failure);
    }
  }

  @Override
  public <T> T write(SqlWork<T> work) {
    synchronized (writeLock) {
      try (Connection connection = pool.getConnection()) {
        connection.setAutoCommit(false);
        try {
          T result = work.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException failure) {
          // A failed COPY can leave its error unread on the connection, to surface in whatever
          // runs next on it (pgjdbc issue 3163): a failed batch's connection is not reused.
          pool.evictConnection(connection);
          throw failure;
        }
      } catch (SQLException failure) {
        throw translate(failure);
      }
    }
  }

  @Override
  public <T> T read(SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException failure) {
      throw translate(failure);
    }
  }

  /** A server ingests a street of meters (issue 5: 50,000 readings/s): speed over size. */
  @Override
  public int rawCompressionLevel() {
    return 1;
  }

  @Override
  public String location() {
    return uri.display() + uri.schema().map(schema -> " (schema " + schema + ")").orElse("");
  }

  @Override
  public long sizeBytes(Connection connection) throws SQLException {
    String sql =
        "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relkind = 'r'";
    try (Statement statement = connection.createStatement();
        ResultSet size = statement.executeQuery(sql)) {
      size.next();
      return size.getLong(1);
    }
  }

  /** PostgreSQL's autovacuum reuses the space of deleted rows by itself. */
  @Override
  public void reclaimSpace() {}

  /** The server's disk is the server's to watch. */
  @Override
  public OptionalLong freeDiskBytes() {
    return OptionalLong.empty();
  }

  @Override
  public StoreException translate(SQLException failure) {
    return PostgresErrors.translate(uri, failure);
  }

  @Override
  public void close() {
    pool.close();
  }
}
