package io.hanport.app.serve;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.pipeline.Pipeline;
import io.hanport.app.store.EnergyInterval;
import io.hanport.app.store.MeterInfo;
import io.hanport.app.store.Store;
import io.hanport.app.tariff.Bill;
import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.TariffException;
import io.hanport.app.web.DashboardBackend;
import io.hanport.app.web.HistoryPoint;
import io.hanport.app.web.LiveFeed;
import io.hanport.app.web.Resolution;
import io.hanport.app.web.StatusSnapshot;
import io.hanport.app.web.TariffStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dashboard's view of a running instance: live readings from the feed, history from the
 * store, status from the pipelines. The web layer knows none of these (ARCHITECTURE.md: sinks
 * never depend on one another); this adapter is where they meet.
 */
final class ServeBackend implements DashboardBackend {

  private final Store store;
  private final LiveFeed feed;
  private final List<Pipeline> pipelines;
  private final Optional<ServeTariff> tariff;
  private final DiskWatch disk;

  ServeBackend(
      Store store,
      LiveFeed feed,
      List<Pipeline> pipelines,
      Optional<ServeTariff> tariff,
      DiskWatch disk) {
    this.store = store;
    this.feed = feed;
    this.pipelines = List.copyOf(pipelines);
    this.tariff = tariff;
    this.disk = disk;
  }

  /** Meters reading live first, in input order, then those only the history knows. */
  @Override
  public List<String> meters() {
    Set<String> names = new LinkedHashSet<>();
    for (Pipeline pipeline : pipelines) {
      pipeline.status().meter().ifPresent(names::add);
    }
    for (MeterInfo meter : store.meters()) {
      names.add(meter.name());
    }
    return new ArrayList<>(names);
  }

  @Override
  public Optional<MeterReading> latest(String meter) {
    return feed.latest(meter);
  }

  @Override
  public List<HistoryPoint> history(String meter, Instant from, Instant to, Resolution resolution) {
    return store.history(meter, from, to, io.hanport.app.store.Resolution.valueOf(resolution.name()))
        .stream()
        .map(ServeBackend::point)
        .collect(Collectors.toList());
  }

  @Override
  public StatusSnapshot status() {
    List<StatusSnapshot.Input> inputs = new ArrayList<>();
    for (Pipeline pipeline : pipelines) {
      inputs.add(StatusSnapshot.Input.from(pipeline.status()));
    }
    return new StatusSnapshot(inputs, OptionalLong.of(store.info().sizeBytes()), disk.status());
  }

  @Override
  public Optional<TariffStatus> tariff() {
    return tariff.map(ServeTariff::status);
  }

  @Override
  public Optional<Bill> cost(String meter, LocalDate from, LocalDate toExclusive)
      throws TariffException {
    return tariff.isEmpty() ? Optional.empty()
        : Optional.of(tariff.get().cost(meter, from, toExclusive));
  }

  @Override
  public Optional<Headroom> headroom(String meter) {
    return tariff.flatMap(parts -> parts.headroom(meter));
  }

  private static HistoryPoint point(EnergyInterval interval) {
    return new HistoryPoint(
        interval.start(),
        interval.importKwh().doubleValue(),
        interval.exportKwh().doubleValue(),
        interval.complete());
  }
}
