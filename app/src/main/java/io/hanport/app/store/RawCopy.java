package io.hanport.app.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * In-order raw rows into PostgreSQL by one binary {@code COPY} per flush instead of batched {@code
 * INSERT}s: no statement to parse, bind or plan per row, on either side of the connection, which
 * halved the server's CPU per reading (issue 5, StoreBench). {@code COPY} knows no {@code ON
 * CONFLICT}, and needs none: an in-order reading is newer than anything stored for its meter
 * ({@link Ingest}), and the meter's last time is saved in the same transaction as its rows.
 *
 * <p>Format: PostgreSQL manual, "COPY", section "Binary Format" (big-endian; per row the field
 * count, then each field's length, -1 for NULL, and its bytes).
 */
final class RawCopy {

  private static final String COPY =
      "COPY raw_reading (meter, ts, received_ts, import_milli_wh, export_milli_wh, identity,"
          + " telegram) FROM STDIN (FORMAT binary)";
  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0
  };
  private static final short FIELDS = 7;
  private static final int FIXED_ROW_BYTES = 2 + 6 * (4 + 8);

  private final CopyManager copyManager;
  private ByteBuffer rows = ByteBuffer.allocate(1 << 16);
  private int pending;

  private RawCopy(CopyManager copyManager) {
    this.copyManager = copyManager;
  }

  /** COPY where the connection is PostgreSQL's; empty for SQLite, which batches INSERTs. */
  static Optional<RawCopy> on(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(PGConnection.class)) {
      return Optional.empty();
    }
    return Optional.of(new RawCopy(connection.unwrap(PGConnection.class).getCopyAPI()));
  }

  void add(long meter, RegisterPoint point, long receivedTs, byte[] telegram) {
    if (pending == 0) {
      rows.clear();
      ensure(SIGNATURE.length + 8);
      rows.put(SIGNATURE).putInt(0).putInt(0);
    }
    ensure(FIXED_ROW_BYTES + telegram.length + 2);
    rows.putShort(FIELDS);
    putLong(meter);
    putLong(point.ts());
    putLong(receivedTs);
    putLong(point.importMilliWh());
    putLong(point.exportMilliWh());
    if (point.identity() == null) {
      rows.putInt(-1);
    } else {
      rows.putInt(Integer.BYTES).putInt(point.identity());
    }
    rows.putInt(telegram.length).put(telegram);
    pending++;
  }

  void flush() throws SQLException {
    if (pending == 0) {
      return;
    }
    rows.putShort((short) -1);
    try {
      copyManager.copyIn(COPY, new ByteArrayInputStream(rows.array(), 0, rows.position()));
    } catch (IOException impossible) {
      throw new SQLException("COPY from memory failed: " + impossible.getMessage(), impossible);
    }
    pending = 0;
  }

  private void putLong(Long value) {
    if (value == null) {
      rows.putInt(-1);
    } else {
      rows.putInt(Long.BYTES).putLong(value);
    }
  }

  /** Room for more bytes, keeping one for the trailer's second byte. */
  private void ensure(int more) {
    if (rows.remaining() < more + 2) {
      int capacity = Math.max(rows.capacity() * 2, rows.position() + more + 2);
      ByteBuffer larger = ByteBuffer.allocate(capacity);
      rows.flip();
      larger.put(rows);
      rows = larger;
    }
  }
}
