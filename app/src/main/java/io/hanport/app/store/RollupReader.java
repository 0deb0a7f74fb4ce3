package io.hanport.app.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Reads rollup rows back as {@link EnergyInterval}s. */
final class RollupReader {

  /**
   * How far the readings around an interval may miss its boundaries for it to count as complete:
   * meters push every 1 to 10 seconds (PROTOCOLS.md), hourly lists on the hour, so a minute only
   * flags real gaps.
   */
  static final long BOUNDARY_TOLERANCE_MS = 60_000;

  private static final String SELECT =
      "SELECT r.start_ts, r.end_ts, r.import_milli_wh, r.export_milli_wh, r.covered_ms,"
          + " r.spill_ms, r.breaks, r.readings, r.power_readings, r.power_min_w, r.power_max_w,"
          + " r.power_sum_w, r.current_l1_max_a, r.current_l2_max_a, r.current_l3_max_a,"
          + " r.voltage_min_v, r.voltage_max_v FROM rollup r JOIN meter m ON m.id = r.meter"
          + " WHERE m.name = ? AND r.resolution = ? AND r.start_ts >= ? AND r.start_ts < ?"
          + " ORDER BY r.start_ts";

  private RollupReader() {}

  static List<EnergyInterval> read(
      Connection connection, String meter, Instant from, Instant to, Resolution resolution)
      throws SQLException {
    List<EnergyInterval> intervals = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setString(1, meter);
      select.setString(2, resolution.code());
      select.setLong(3, from.toEpochMilli());
      select.setLong(4, to.toEpochMilli());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          intervals.add(interval(row));
        }
      }
    }
    return intervals;
  }

  private static EnergyInterval interval(ResultSet row) throws SQLException {
    long start = row.getLong(1);
    long end = row.getLong(2);
    long covered = row.getLong(5);
    long spill = row.getLong(6);
    boolean complete =
        spill <= BOUNDARY_TOLERANCE_MS && covered >= end - start - BOUNDARY_TOLERANCE_MS;
    int powerReadings = row.getInt(9);
    OptionalDouble mean =
        powerReadings == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(row.getDouble(12) / powerReadings);
    EnergyInterval.Measurements measurements =
        new EnergyInterval.Measurements(
            optional(row, 10),
            optional(row, 11),
            mean,
            optional(row, 13),
            optional(row, 14),
            optional(row, 15),
            optional(row, 16),
            optional(row, 17));
    return new EnergyInterval(
        Instant.ofEpochMilli(start),
        Instant.ofEpochMilli(end),
        kwh(row.getLong(3)),
        kwh(row.getLong(4)),
        row.getInt(8),
        complete,
        row.getInt(7),
        measurements);
  }

  /** mWh as kWh, with at least the three decimals meters print ({@code 1.250}, not 1.25). */
  static BigDecimal kwh(long milliWh) {
    BigDecimal kwh = BigDecimal.valueOf(milliWh, 6).stripTrailingZeros();
    return kwh.scale() < 3 ? kwh.setScale(3) : kwh;
  }

  private static OptionalDouble optional(ResultSet row, int column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
