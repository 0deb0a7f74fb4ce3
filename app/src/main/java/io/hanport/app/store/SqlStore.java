package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.reading.ReadingMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link Store} on either engine: the SQL is shared, the {@link Database} knows the differences.
 */
final class SqlStore implements Store {

  private final Database database;
  private final ZoneId zone;
  private final StoreSettings settings;
  private final ReadingTime readingTime;
  private final Buckets buckets;
  private final RawCodec codec;
  private final Map<String, MeterState> meters = new ConcurrentHashMap<>();

  SqlStore(Database database, ZoneId zone, StoreSettings settings) {
    this.database = database;
    this.zone = zone;
    this.settings = settings;
    this.readingTime = new ReadingTime(zone);
    this.buckets = new Buckets(zone);
    this.codec = new RawCodec(database.rawCompressionLevel());
  }

  @Override
  public AppendResult append(List<MeterReading> batch) {
    if (batch.isEmpty()) {
      return new AppendResult(0, 0);
    }
    long rawHorizon = settings.clock().instant().minus(settings.rawRetention()).toEpochMilli();
    synchronized (codec) {
      Map<String, MeterState> working = new HashMap<>();
      for (MeterReading reading : batch) {
        MeterState cached = meters.get(reading.meter());
        if (cached != null) {
          working.putIfAbsent(reading.meter(), cached.copy());
        }
      }
      AppendResult result;
      try {
        result =
            database.write(
                connection ->
                    new Ingest(connection, working, codec, readingTime, buckets, rawHorizon)
                        .run(batch));
      } catch (RuntimeException failure) {
        // The retry reads these meters back from the database: should another process have
        // written them meanwhile (an import beside a running service), the cached state is stale.
        meters.keySet().removeAll(working.keySet());
        throw failure;
      }
      meters.putAll(working);
      return result;
    }
  }

  @Override
  public List<EnergyInterval> history(
      String meter, Instant from, Instant to, Resolution resolution) {
    return database.read(connection -> RollupReader.read(connection, meter, from, to, resolution));
  }

  @Override
  public List<String> rawReadings(String meter, Instant from, Instant to) {
    String sql =
        "SELECT r.telegram, r.received_ts, m.telegram_dictionary FROM raw_reading r"
            + " JOIN meter m ON m.id = r.meter"
            + " WHERE m.name = ? AND r.ts >= ? AND r.ts < ? ORDER BY r.ts";
    return database.read(
        connection -> {
          List<String> readings = new ArrayList<>();
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, meter);
            select.setLong(2, from.toEpochMilli());
            select.setLong(3, to.toEpochMilli());
            try (ResultSet row = select.executeQuery()) {
              ReadingMapper mapper = new ReadingMapper(zone);
              RawCodec.Reader reader = new RawCodec.Reader();
              while (row.next()) {
                TelegramCodec.Decoded telegram = reader.decode(row.getBytes(1), row.getBytes(3));
                Instant received = Instant.ofEpochMilli(row.getLong(2));
                readings.add(telegram.toJson(meter, received, mapper));
              }
            }
          }
          return readings;
        });
  }

  @Override
  public List<MeterInfo> meters() {
    String sql = "SELECT id, name, first_ts, last_ts FROM meter ORDER BY name";
    return database.read(
        connection -> {
          List<MeterInfo> infos = new ArrayList<>();
          try (PreparedStatement select = connection.prepareStatement(sql);
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              infos.add(
                  new MeterInfo(
                      row.getString(2),
                      Instant.ofEpochMilli(row.getLong(3)),
                      Instant.ofEpochMilli(row.getLong(4)),
                      SegmentTable.of(connection, row.getLong(1))));
            }
          }
          return infos;
        });
  }

  @Override
  public StoreInfo info() {
    return database.read(connection -> StoreInfoQuery.gather(database, connection));
  }

  @Override
  public int pruneRaw(Instant olderThan) {
    int deleted;
    synchronized (codec) {
      deleted =
          database.write(connection -> RawPruning.prune(connection, olderThan.toEpochMilli()));
      meters.clear();
    }
    database.reclaimSpace();
    return deleted;
  }

  @Override
  public void savePrices(String biddingZone, Collection<StoredPrice> prices) {
    database.write(connection -> PriceRows.save(connection, biddingZone, prices));
  }

  @Override
  public List<StoredPrice> prices(String biddingZone, Instant from, Instant to) {
    return database.read(connection -> PriceRows.load(connection, biddingZone, from, to));
  }

  @Override
  public OptionalLong freeDiskBytes() {
    return database.freeDiskBytes();
  }

  @Override
  public void close() {
    synchronized (codec) {
      database.close();
      codec.close();
    }
  }
}
