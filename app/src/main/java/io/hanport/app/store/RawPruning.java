package io.hanport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes raw readings before a time, meter by meter along the primary key, and moves each meter's
 * {@code raw_from} up to that time: out-of-order readings before it can no longer find their
 * neighbours, so ingest skips them rather than count their energy twice.
 */
final class RawPruning {

  private RawPruning() {}

  static int prune(Connection connection, long olderThan) throws SQLException {
    List<Long> meters = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT id FROM meter");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        meters.add(row.getLong(1));
      }
    }
    int deleted = 0;
    try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM raw_reading WHERE meter = ? AND ts < ?");
        PreparedStatement raise =
            connection.prepareStatement(
                "UPDATE meter SET raw_from = ? WHERE id = ? AND raw_from < ?")) {
      for (long meter : meters) {
        delete.setLong(1, meter);
        delete.setLong(2, olderThan);
        deleted += delete.executeUpdate();
        raise.setLong(1, olderThan);
        raise.setLong(2, meter);
        raise.setLong(3, olderThan);
        raise.executeUpdate();
      }
    }
    return deleted;
  }
}
