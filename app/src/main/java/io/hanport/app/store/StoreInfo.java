package io.hanport.app.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code hanport db info} prints.
 *
 * @param location the database, without any password
 * @param schemaVersion the last schema migration applied, e.g. {@code 2}
 * @param sizeBytes bytes on disk (SQLite: the file and its WAL; PostgreSQL: the store's tables)
 * @param rowsPerTable row count of each table
 * @param raw time range of the raw readings kept
 * @param rollups time range of each resolution's rows
 * @param rollupRows row count of each resolution present
 */
public record StoreInfo(
    String location,
    String schemaVersion,
    long sizeBytes,
    Map<String, Long> rowsPerTable,
    Optional<TimeRange> raw,
    Map<Resolution, TimeRange> rollups,
    Map<Resolution, Long> rollupRows) {

  public StoreInfo {
    rowsPerTable = Map.copyOf(rowsPerTable);
    rollups = Map.copyOf(rollups);
    rollupRows = Map.copyOf(rollupRows);
  }

  /** First and last time present, both inclusive. */
  public record TimeRange(Instant first, Instant last) {}
}
