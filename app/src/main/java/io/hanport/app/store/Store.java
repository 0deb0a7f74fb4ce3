package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * Meter history behind one interface for SQLite and PostgreSQL (issue 5). Thread-safe: one writer
 * at a time, readers alongside. Open one with {@link Stores#open}.
 */
public interface Store extends AutoCloseable {

  /**
   * Stores a batch in one transaction: either every reading of it (raw row and rollups) is
   * committed, or none is. Duplicates (same meter and time) are skipped, so re-importing is safe.
   *
   * @throws StoreException when the database cannot be written (disk full, server gone)
   */
  AppendResult append(List<MeterReading> batch);

  /** Rollup rows of one meter with a start in [from, to), oldest first; gaps are absent rows. */
  List<EnergyInterval> history(String meter, Instant from, Instant to, Resolution resolution);

  /** Raw readings of one meter in [from, to) as stored: the contract JSON plus received/source. */
  List<String> rawReadings(String meter, Instant from, Instant to);

  List<MeterInfo> meters();

  StoreInfo info();

  /** Deletes raw readings older than the given time; rollups stay. Returns rows deleted. */
  int pruneRaw(Instant olderThan);

  /**
   * Keeps a bidding zone's day-ahead prices with the history, replacing any of the same zone and
   * start, in one transaction.
   */
  void savePrices(String biddingZone, Collection<StoredPrice> prices);

  /** The zone's stored prices that start within [from, to), in time order. */
  List<StoredPrice> prices(String biddingZone, Instant from, Instant to);

  /** Free bytes on the database's file system; empty for a server database. */
  OptionalLong freeDiskBytes();

  @Override
  void close();
}
