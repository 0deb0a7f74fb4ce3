package io.hanport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code raw_reading} table for one batch's transaction: in-order readings go in together, by
 * {@link RawCopy} on PostgreSQL and as one JDBC batch on SQLite (whose in-process inserts cost no
 * round trips); an out-of-order reading goes in alone, so that its neighbours can be read right
 * after.
 */
final class RawTable implements AutoCloseable {

  private static final String INSERT =
      "INSERT INTO raw_reading (meter, ts, received_ts, import_milli_wh, export_milli_wh,"
          + " identity, telegram) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meter, ts) DO NOTHING";
  private static final String NEIGHBOUR =
      "SELECT ts, import_milli_wh, export_milli_wh, identity FROM raw_reading"
          + " WHERE meter = ? AND ts %s ?"
          + " AND (import_milli_wh IS NOT NULL OR export_milli_wh IS NOT NULL)"
          + " ORDER BY ts %s LIMIT 1";

  private final Connection connection;
  private final Optional<RawCopy> copy;
  private final PreparedStatement batch;
  private int pending;

  RawTable(Connection connection) throws SQLException {
    this.connection = connection;
    this.copy = RawCopy.on(connection);
    this.batch = connection.prepareStatement(INSERT);
  }

  /** An in-order reading: newer than anything stored for its meter, so it cannot conflict. */
  void add(long meter, RegisterPoint point, long receivedTs, byte[] telegram) throws SQLException {
    if (copy.isPresent()) {
      copy.get().add(meter, point, receivedTs, telegram);
      return;
    }
    bind(batch, meter, point, receivedTs, telegram);
    batch.addBatch();
    pending++;
  }

  /** Inserts now; false when the meter already has a reading with that time. */
  boolean insertNow(long meter, RegisterPoint point, long receivedTs, byte[] telegram)
      throws SQLException {
    flush();
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      bind(insert, meter, point, receivedTs, telegram);
      return insert.executeUpdate() == 1;
    }
  }

  /** The latest register reading before a time. */
  Optional<RegisterPoint> before(long meter, long ts) throws SQLException {
    return neighbour(meter, ts, "<", "DESC");
  }

  /** The earliest register reading after a time. */
  Optional<RegisterPoint> after(long meter, long ts) throws SQLException {
    return neighbour(meter, ts, ">", "ASC");
  }

  void flush() throws SQLException {
    if (copy.isPresent()) {
      copy.get().flush();
    }
    if (pending > 0) {
      batch.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    batch.close();
  }

  private static void bind(
      PreparedStatement insert, long meter, RegisterPoint point, long receivedTs, byte[] telegram)
      throws SQLException {
    insert.setLong(1, meter);
    insert.setLong(2, point.ts());
    insert.setLong(3, receivedTs);
    MeterTable.setLong(insert, 4, point.importMilliWh());
    MeterTable.setLong(insert, 5, point.exportMilliWh());
    MeterTable.setInteger(insert, 6, point.identity());
    insert.setBytes(7, telegram);
  }

  private Optional<RegisterPoint> neighbour(long meter, long ts, String comparison, String order)
      throws SQLException {
    flush();
    try (PreparedStatement select =
        connection.prepareStatement(String.format(NEIGHBOUR, comparison, order))) {
      select.setLong(1, meter);
      select.setLong(2, ts);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new RegisterPoint(
                row.getLong(1),
                MeterTable.nullableLong(row, 2),
                MeterTable.nullableLong(row, 3),
                MeterTable.nullableInteger(row, 4)));
      }
    }
  }
}
