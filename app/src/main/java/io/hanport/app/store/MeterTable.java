package io.hanport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** The {@code meter} table: one row per meter name, holding its {@link MeterState}. */
final class MeterTable {

  private MeterTable() {}

  static Optional<MeterState> find(Connection connection, String name) throws SQLException {
    String sql =
        "SELECT id, first_ts, last_ts, register_ts, register_import, register_export,"
            + " register_identity, raw_from, telegram_dictionary FROM meter WHERE name = ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, name);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        MeterState state = new MeterState(row.getLong(1), name, row.getLong(2), row.getLong(3));
        long registerTs = row.getLong(4);
        if (!row.wasNull()) {
          state.register =
              new RegisterPoint(
                  registerTs, nullableLong(row, 5), nullableLong(row, 6), nullableInteger(row, 7));
        }
        state.rawFrom = nullableLong(row, 8);
        state.dictionary = row.getBytes(9);
        return Optional.of(state);
      }
    }
  }

  static MeterState insert(Connection connection, String name, long ts) throws SQLException {
    String sql = "INSERT INTO meter (name, first_ts, last_ts) VALUES (?, ?, ?) RETURNING id";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, name);
      insert.setLong(2, ts);
      insert.setLong(3, ts);
      try (ResultSet key = insert.executeQuery()) {
        key.next();
        return new MeterState(key.getLong(1), name, ts, ts);
      }
    }
  }

  static void save(Connection connection, MeterState state) throws SQLException {
    String sql =
        "UPDATE meter SET first_ts = ?, last_ts = ?, register_ts = ?, register_import = ?,"
            + " register_export = ?, register_identity = ?, raw_from = ? WHERE id = ?";
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setLong(1, state.firstTs);
      update.setLong(2, state.lastTs);
      RegisterPoint register = state.register;
      setLong(update, 3, register == null ? null : register.ts());
      setLong(update, 4, register == null ? null : register.importMilliWh());
      setLong(update, 5, register == null ? null : register.exportMilliWh());
      setInteger(update, 6, register == null ? null : register.identity());
      setLong(update, 7, state.rawFrom);
      update.setLong(8, state.id);
      update.executeUpdate();
    }
    if (state.dictionaryChanged) {
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE meter SET telegram_dictionary = ? WHERE id = ?")) {
        update.setBytes(1, state.dictionary);
        update.setLong(2, state.id);
        update.executeUpdate();
      }
    }
  }

  static Long nullableLong(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  static Integer nullableInteger(ResultSet row, int column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  static void setInteger(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }
}
