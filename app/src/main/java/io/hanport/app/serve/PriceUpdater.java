package io.hanport.app.serve;

import io.hanport.app.tariff.PriceStore;
import io.hanport.app.tariff.PriceTable;
import io.hanport.app.tariff.SpotPrice;
import io.hanport.app.tariff.TariffException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the spot prices {@code serve} bills with: a price file's imported once at start; from a
 * price source, today's and tomorrow's fetched at start and again every hour until stored (the
 * day-ahead auction publishes tomorrow's around 13:00 CET, so a later hour finds them). A failing
 * fetch is logged once, not every hour, and shown in the status until a fetch works again.
 */
final class PriceUpdater implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PriceUpdater.class);
  static final Duration REFRESH = Duration.ofHours(1);

  private final TariffSettings settings;
  private final PriceStore store;
  private final Clock clock;
  private final ZoneId zone;
  private final String currency;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "hanport-prices");
            thread.setDaemon(true);
            return thread;
          });
  private volatile Optional<String> problem = Optional.empty();
  private volatile Optional<Instant> lastFetch = Optional.empty();

  PriceUpdater(TariffSettings settings, PriceStore store, Clock clock) {
    this.settings = settings;
    this.store = store;
    this.clock = clock;
    this.zone = settings.rules().timeZone();
    this.currency = settings.rules().currency();
  }

  /** Imports the file's prices and starts fetching, if a source is configured. */
  void start() {
    store.save(settings.biddingZone(), settings.filePrices());
    if (settings.priceSource().isPresent()) {
      timer.scheduleWithFixedDelay(this::fetchMissing, 0, REFRESH.toSeconds(), TimeUnit.SECONDS);
    }
  }

  /** The prices stored for the local days [from, toExclusive); nothing is fetched here. */
  PriceTable table(LocalDate from, LocalDate toExclusive) {
    PriceTable table = new PriceTable(settings.biddingZone(), currency);
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = toExclusive.atStartOfDay(zone).toInstant();
    table.putAll(store.load(settings.biddingZone(), start, end));
    return table;
  }

  /** The last fetch's failure, while no later fetch has worked. */
  Optional<String> problem() {
    return problem;
  }

  Optional<Instant> lastFetch() {
    return lastFetch;
  }

  /** Fetches today and tomorrow unless stored; runs on the timer thread. */
  void fetchMissing() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    try {
      for (LocalDate day : List.of(today, today.plusDays(1))) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        if (table(day, day.plusDays(1)).priceFor(start, end).isEmpty()) {
          store.save(settings.biddingZone(), checked(settings.priceSource().orElseThrow()
              .fetch(settings.biddingZone(), day)));
        }
      }
      lastFetch = Optional.of(clock.instant());
      if (problem.isPresent()) {
        LOG.info("spot prices: fetching works again");
      }
      problem = Optional.empty();
    } catch (IOException | TariffException failed) {
      String message = "cannot fetch spot prices: " + failed.getMessage();
      if (!problem.equals(Optional.of(message))) {
        LOG.warn("{} (retrying every {} min; costs show these prices as missing)",
            message, REFRESH.toMinutes());
      }
      problem = Optional.of(message);
    }
  }

  private List<SpotPrice> checked(List<SpotPrice> prices) throws TariffException {
    for (SpotPrice price : prices) {
      if (!price.currency().equals(currency)) {
        throw new TariffException("the price source answers in " + price.currency()
            + " but the tariff bills in " + currency + ": give a source in " + currency);
      }
    }
    return prices;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
