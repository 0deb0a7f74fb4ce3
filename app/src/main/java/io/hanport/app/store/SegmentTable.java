package io.hanport.app.store;

import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code meter_segment} table: where each meter's segments start, and who the meter was. */
final class SegmentTable {

  static final String FIRST_READING = "first reading";

  private SegmentTable() {}

  static void insert(
      Connection connection, long meter, long startedTs, String reason, Reading reading)
      throws SQLException {
    String sql =
        "INSERT INTO meter_segment (meter, started_ts, reason, header, meter_id, list_id,"
            + " meter_model) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meter, started_ts) DO"
            + " NOTHING";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setLong(1, meter);
      insert.setLong(2, startedTs);
      insert.setString(3, reason);
      insert.setString(4, (String) reading.fields().get(Field.HEADER));
      insert.setString(5, (String) reading.fields().get(Field.METER_ID));
      insert.setString(6, (String) reading.fields().get(Field.LIST_ID));
      insert.setString(7, (String) reading.fields().get(Field.METER_MODEL));
      insert.executeUpdate();
    }
  }

  static List<MeterInfo.Segment> of(Connection connection, long meter) throws SQLException {
    String sql =
        "SELECT started_ts, reason, header, meter_id, list_id, meter_model FROM meter_segment"
            + " WHERE meter = ? ORDER BY started_ts";
    List<MeterInfo.Segment> segments = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, meter);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          segments.add(
              new MeterInfo.Segment(
                  Instant.ofEpochMilli(row.getLong(1)),
                  row.getString(2),
                  Optional.ofNullable(row.getString(3)),
                  Optional.ofNullable(row.getString(4)),
                  Optional.ofNullable(row.getString(5)),
                  Optional.ofNullable(row.getString(6))));
        }
      }
    }
    return segments;
  }
}
