package io.hanport.app.tariff;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Prices for a period: what the store holds, completed day by day from the price source when one is
 * configured. Days the source does not have stay without prices.
 */
public final class SpotPrices {

  private final PriceStore store;
  private final Optional<PriceSource> source;
  private final ZoneId timeZone;

  public SpotPrices(PriceStore store, Optional<PriceSource> source, ZoneId timeZone) {
    this.store = store;
    this.source = source;
    this.timeZone = timeZone;
  }

  /** Prices from a file, kept like fetched ones. */
  public void importPrices(String biddingZone, Collection<SpotPrice> prices) {
    store.save(biddingZone, prices);
  }

  /**
   * The zone's prices for the local days [from, toExclusive).
   *
   * @throws TariffException when prices are in another currency than the tariff's, or a source's
   *     answer cannot be read
   * @throws IOException when the source cannot be reached
   */
  public PriceTable table(
      String biddingZone, String currency, LocalDate from, LocalDate toExclusive)
      throws IOException, TariffException {
    PriceTable table = new PriceTable(biddingZone, currency);
    for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
      Instant start = day.atStartOfDay(timeZone).toInstant();
      Instant end = day.plusDays(1).atStartOfDay(timeZone).toInstant();
      table.putAll(checked(store.load(biddingZone, start, end), currency, "stored"));
      if (source.isPresent() && table.priceFor(start, end).isEmpty()) {
        List<SpotPrice> fetched =
            checked(source.get().fetch(biddingZone, day), currency, "fetched");
        store.save(biddingZone, fetched);
        table.putAll(fetched);
      }
    }
    return table;
  }

  private static List<SpotPrice> checked(List<SpotPrice> prices, String currency, String how)
      throws TariffException {
    for (SpotPrice price : prices) {
      if (!price.currency().equals(currency)) {
        throw new TariffException(
            "the "
                + how
                + " price at "
                + price.start()
                + " is in "
                + price.currency()
                + " but the tariff bills in "
                + currency
                + ": give prices in "
                + currency
                + " (hanport converts no currencies)");
      }
    }
    return prices;
  }
}
