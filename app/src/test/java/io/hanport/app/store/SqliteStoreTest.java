package io.hanport.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, always. */
class SqliteStoreTest extends StoreTestBase
    implements EnergyContract, IntegrityContract, LifecycleContract, PriceContract {

  @TempDir Path directory;

  @Override
  String freshDatabase() {
    return "sqlite:" + directory.resolve("data/hanport.db");
  }

  /** The temporary directory goes with the test. */
  @Override
  void dropDatabase(String database) {}

  @Override
  public void executeSql(String sql) {
    String path = database().substring("sqlite:".length());
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException failure) {
      throw new AssertionError(failure);
    }
  }
}
