package io.hanport.app.tariff;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Somewhere day-ahead prices can be fetched from, one delivery day at a time. */
public interface PriceSource {

  /**
   * The prices of one delivery day (local date in the tariff's time zone) for a bidding zone such
   * as {@code SE3}, {@code NO1}, {@code DK2}, {@code FI}, {@code NL}, {@code BE} or {@code AT}.
   * Empty when the day is not published (yet).
   *
   * @throws IOException when the source cannot be reached or answers with an error
   * @throws TariffException when its answer cannot be read as prices
   */
  List<SpotPrice> fetch(String biddingZone, LocalDate day) throws IOException, TariffException;
}
