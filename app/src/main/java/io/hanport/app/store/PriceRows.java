package io.hanport.app.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The {@code spot_price} table: same SQL on both engines, upserts keyed by zone and start. */
final class PriceRows {

  private static final String UPSERT =
      "INSERT INTO spot_price (zone, start_ts, end_ts, price_per_kwh, currency)"
          + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (zone, start_ts) DO UPDATE SET"
          + " end_ts = excluded.end_ts, price_per_kwh = excluded.price_per_kwh,"
          + " currency = excluded.currency";

  private static final String SELECT =
      "SELECT start_ts, end_ts, price_per_kwh, currency FROM spot_price"
          + " WHERE zone = ? AND start_ts >= ? AND start_ts < ? ORDER BY start_ts";

  private PriceRows() {}

  static int save(Connection connection, String zone, Collection<StoredPrice> prices)
      throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (StoredPrice price : prices) {
        upsert.setString(1, zone);
        upsert.setLong(2, price.start().toEpochMilli());
        upsert.setLong(3, price.end().toEpochMilli());
        upsert.setString(4, price.pricePerKwh().toPlainString());
        upsert.setString(5, price.currency());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
    return prices.size();
  }

  static List<StoredPrice> load(Connection connection, String zone, Instant from, Instant to)
      throws SQLException {
    List<StoredPrice> prices = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setString(1, zone);
      select.setLong(2, from.toEpochMilli());
      select.setLong(3, to.toEpochMilli());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          prices.add(
              new StoredPrice(
                  Instant.ofEpochMilli(row.getLong(1)),
                  Instant.ofEpochMilli(row.getLong(2)),
                  new BigDecimal(row.getString(3)),
                  row.getString(4)));
        }
      }
    }
    return prices;
  }
}
