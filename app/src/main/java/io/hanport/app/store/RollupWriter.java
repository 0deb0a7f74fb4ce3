package io.hanport.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;

/**
 * Writes a batch's {@link RollupDelta}s: one upsert per touched row that adds the sums and keeps
 * the extremes. The same SQL runs on SQLite (3.24+) and PostgreSQL; the {@code CASE} expressions
 * stand in for LEAST/GREATEST, which SQLite lacks and whose NULL handling differs between the two.
 */
final class RollupWriter {

  private static final String UPSERT =
      "INSERT INTO rollup (meter, resolution, start_ts, end_ts, import_milli_wh, export_milli_wh,"
          + " covered_ms, spill_ms, breaks, readings, power_readings, power_min_w, power_max_w,"
          + " power_sum_w, current_l1_max_a, current_l2_max_a, current_l3_max_a, voltage_min_v,"
          + " voltage_max_v) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (meter, resolution, start_ts) DO UPDATE SET"
          + sum("import_milli_wh")
          + ","
          + sum("export_milli_wh")
          + ","
          + sum("covered_ms")
          + ","
          + sum("spill_ms")
          + ","
          + sum("breaks")
          + ","
          + sum("readings")
          + ","
          + sum("power_readings")
          + ","
          + sum("power_sum_w")
          + ","
          + extreme("power_min_w", "<")
          + ","
          + extreme("power_max_w", ">")
          + ","
          + extreme("current_l1_max_a", ">")
          + ","
          + extreme("current_l2_max_a", ">")
          + ","
          + extreme("current_l3_max_a", ">")
          + ","
          + extreme("voltage_min_v", "<")
          + ","
          + extreme("voltage_max_v", ">");

  private RollupWriter() {}

  static void write(Connection connection, RollupBatch batch) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (Map.Entry<RollupBatch.Key, RollupDelta> entry : batch.rows()) {
        bind(upsert, entry.getKey(), entry.getValue());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static void bind(PreparedStatement upsert, RollupBatch.Key key, RollupDelta row)
      throws SQLException {
    upsert.setLong(1, key.meter());
    upsert.setString(2, key.resolution().code());
    upsert.setLong(3, row.start);
    upsert.setLong(4, row.end);
    upsert.setLong(5, row.importMilliWh);
    upsert.setLong(6, row.exportMilliWh);
    upsert.setLong(7, row.coveredMs);
    upsert.setLong(8, row.spillMs);
    upsert.setInt(9, row.breaks);
    upsert.setInt(10, row.readings);
    upsert.setInt(11, row.powerReadings);
    setDouble(upsert, 12, row.powerMinW);
    setDouble(upsert, 13, row.powerMaxW);
    upsert.setDouble(14, row.powerSumW);
    setDouble(upsert, 15, row.currentMaxA[0]);
    setDouble(upsert, 16, row.currentMaxA[1]);
    setDouble(upsert, 17, row.currentMaxA[2]);
    setDouble(upsert, 18, row.voltageMinV);
    setDouble(upsert, 19, row.voltageMaxV);
  }

  private static void setDouble(PreparedStatement statement, int index, double value)
      throws SQLException {
    if (Double.isNaN(value)) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  private static String sum(String column) {
    return " " + column + " = rollup." + column + " + excluded." + column;
  }

  /** Keeps the smaller ({@code <}) or larger ({@code >}) value, where NULL means none yet. */
  private static String extreme(String column, String comparison) {
    return " "
        + column
        + " = CASE WHEN rollup."
        + column
        + " IS NULL OR excluded."
        + column
        + " "
        + comparison
        + " rollup."
        + column
        + " THEN excluded."
        + column
        + " ELSE rollup."
        + column
        + " END";
  }
}
