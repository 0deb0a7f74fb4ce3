package io.hanport.app.web;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.tariff.Bill;
import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.TariffException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the dashboard and the REST API read: the store and the pipeline seen through four
 * questions. The web layer depends on nothing else, so {@code hanport serve} adapts its store and
 * pipelines to this, and tests use a fake. Every method is called on HTTP threads, concurrently.
 */
public interface DashboardBackend {

  /** The names of the meters known, in the order the dashboard offers them (first = default). */
  List<String> meters();

  /** The most recent reading of a meter, with its raw frame; empty before the first arrives. */
  Optional<MeterReading> latest(String meter);

  /**
   * The energy a meter imported and exported per interval, for intervals starting in {@code [from,
   * to)}. Intervals start on the resolution's local boundaries ({@link Resolution#floor}); an
   * interval without data is simply absent (the API turns it into a gap).
   */
  List<HistoryPoint> history(String meter, Instant from, Instant to, Resolution resolution);

  /** Inputs, detected settings and database, as of now. */
  StatusSnapshot status();

  /** The tariff costs are billed with; empty when none is configured (the dashboard hides cost). */
  default Optional<TariffStatus> tariff() {
    return Optional.empty();
  }

  /**
   * What a meter's energy cost in the tariff's local days [from, toExclusive); empty without a
   * tariff.
   *
   * @throws TariffException when the stored energy does not fit the tariff's rules
   */
  default Optional<Bill> cost(String meter, LocalDate from, LocalDate toExclusive)
      throws TariffException {
    return Optional.empty();
  }

  /** The current demand window's headroom; empty without a peak charge or before a reading. */
  default Optional<Headroom> headroom(String meter) {
    return Optional.empty();
  }
}
