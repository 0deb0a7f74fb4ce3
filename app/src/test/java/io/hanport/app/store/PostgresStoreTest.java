package io.hanport.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.testing.Services;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

  /**
   * In-order raw rows go in by COPY, which has no ON CONFLICT ({@link RawCopy}): rows another
   * writer added behind this store's back fail the batch once, and the retry, reading the meter
   * back from the database, merges it without counting anything twice.
   */
  @Test
  void aBatchMeetingAnotherWritersRowsFailsOnceThenMergesOnRetry() {
    Series series =
        new Series(new SwedishMeter("main", HEADER), 1_000, 0)
            .run(NOW.minus(Duration.ofMinutes(10)), NOW, TEN_SECONDS);
    List<MeterReading> readings = series.readings;
    store().append(readings.subList(0, 20));
    try (Store other = Stores.open(database(), SwedishMeter.STOCKHOLM, KEEP_ALL)) {
      other.append(readings.subList(20, 40));
    }

    assertThatThrownBy(() -> store().append(readings.subList(30, 60)))
        .isInstanceOf(StoreException.class);
    assertThat(store().append(readings.subList(30, 60))).isEqualTo(new AppendResult(20, 10));

    assertThat(store().rawReadings("main", EVER_FROM, EVER_TO)).hasSize(60);
    List<EnergyInterval> all = store().history("main", EVER_FROM, EVER_TO, Resolution.MONTH);
    assertThat(StoreFixture.sum(all))
        .isEqualByComparingTo(StoreFixture.kwh(series.expectedImportWh(EVER_FROM, NOW)));
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
