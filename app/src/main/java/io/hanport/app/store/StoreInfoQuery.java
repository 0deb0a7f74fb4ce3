package io.hanport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gathers {@link StoreInfo}: rows per table, time ranges, size. */
final class StoreInfoQuery {

  private static final List<String> TABLES =
      List.of("meter", "meter_segment", "raw_reading", "rollup");

  private StoreInfoQuery() {}

  static StoreInfo gather(Database database, Connection connection) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table)) {
          count.next();
          rows.put(table, count.getLong(1));
        }
      }
      Optional<StoreInfo.TimeRange> raw =
          range(statement, "SELECT min(ts), max(ts) FROM raw_reading");
      Map<Resolution, StoreInfo.TimeRange> rollups = new EnumMap<>(Resolution.class);
      for (Resolution resolution : Resolution.values()) {
        rollupRange(connection, resolution).ifPresent(range -> rollups.put(resolution, range));
      }
      return new StoreInfo(database.location(), database.sizeBytes(connection), rows, raw, rollups);
    }
  }

  private static Optional<StoreInfo.TimeRange> rollupRange(
      Connection connection, Resolution resolution) throws SQLException {
    String sql = "SELECT min(start_ts), max(start_ts) FROM rollup WHERE resolution = ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, resolution.code());
      try (ResultSet row = select.executeQuery()) {
        return range(row);
      }
    }
  }

  private static Optional<StoreInfo.TimeRange> range(Statement statement, String sql)
      throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      return range(row);
    }
  }

  private static Optional<StoreInfo.TimeRange> range(ResultSet row) throws SQLException {
    row.next();
    long first = row.getLong(1);
    if (row.wasNull()) {
      return Optional.empty();
    }
    return Optional.of(
        new StoreInfo.TimeRange(Instant.ofEpochMilli(first), Instant.ofEpochMilli(row.getLong(2))));
  }
}
