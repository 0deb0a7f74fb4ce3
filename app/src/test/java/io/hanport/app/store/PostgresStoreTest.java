package io.hanport.app.store;

import io.hanport.app.testing.Services;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on the machine's PostgreSQL (trust authentication on 127.0.0.1, database
 * {@code test}): each test gets its own schema, dropped afterwards. Skipped with a visible reason
 * when no server listens, failed instead under {@code HANPORT_REQUIRE_SERVICES=1}.
 */
class PostgresStoreTest extends StoreTestBase
    implements EnergyContract, IntegrityContract, LifecycleContract, PriceContract {

  static final String HOST = "127.0.0.1";
  static final int PORT = 5432;
  static final String SERVER = "postgresql://postgres@" + HOST + ":" + PORT + "/test";

  private String schema;

  @BeforeAll
  static void requirePostgres() {
    Services.assumeReachable(HOST, PORT, "PostgreSQL");
  }

  @Override
  String freshDatabase() {
    schema = "hanport_test_" + UUID.randomUUID().toString().replace("-", "");
    return SERVER + "?schema=" + schema;
  }

  @Override
  void dropDatabase(String database) {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  @Override
  public void executeSql(String sql) {
    execute("SET search_path TO " + schema + "; " + sql);
  }

  static void execute(String sql) {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/test", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException failure) {
      throw new AssertionError(failure);
    }
  }
}
