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

/** Gathers {@link StoreInfo}: schema version, rows per table and resolution, time ranges, size. */
final class StoreInfoQuery {

  private static final List<String> TABLES =
      List.of("meter", "meter_segment", "raw_reading", "rollup", "spot_price");

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
      Map<Resolution, Long> rollupRows = new EnumMap<>(Resolution.class);
      for (Resolution resolution : Resolution.values()) {
        rollupRange(connection, resolution, rollupRows)
            .ifPresent(range -> rollups.put(resolution, range));
      }
      return new StoreInfo(
          database.location(),
          schemaVersion(statement),
          database.sizeBytes(connection),
          rows,
          raw,
          rollups,
          rollupRows);
    }
  }

  /** Flyway's own table, in the store's schema: the newest migration that succeeded. */
  private static String schemaVersion(Statement statement) throws SQLException {
    String sql = "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank DESC";
    try (ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        if (row.getBoolean(2) && row.getString(1) != null) {
          return row.getString(1);
        }
      }
    }
    return "none";
  }

  private static Optional<StoreInfo.TimeRange> rollupRange(
      Connection connection, Resolution resolution, Map<Resolution, Long> counts)
      throws SQLException {
    String sql = "SELECT min(start_ts), max(start_ts), count(*) FROM rollup WHERE resolution = ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, resolution.code());
      try (ResultSet row = select.executeQuery()) {
        Optional<StoreInfo.TimeRange> range = range(row);
        if (range.isPresent()) {
          counts.put(resolution, row.getLong(3));
        }
        return range;
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
