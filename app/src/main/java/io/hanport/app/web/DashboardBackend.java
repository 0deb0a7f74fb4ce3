package io.hanport.app.web;

import io.hanport.app.pipeline.MeterReading;
import java.time.Instant;
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
}
