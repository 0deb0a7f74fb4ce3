package io.hanport.app.web;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.tariff.Bill;
import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.TariffException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link DashboardBackend} that answers from what a test put into it: latest readings per
 * meter, history points, a status snapshot. It records the history questions it was asked.
 */
final class FakeBackend implements DashboardBackend {

  record HistoryQuestion(String meter, Instant from, Instant to, Resolution resolution) {}

  private final List<String> meters = new CopyOnWriteArrayList<>();
  private final Map<String, MeterReading> latest = new ConcurrentHashMap<>();
  private final Map<String, List<HistoryPoint>> history = new ConcurrentHashMap<>();
  private final List<HistoryQuestion> questions = new CopyOnWriteArrayList<>();
  private volatile HistorySource historySource = this::storedHistory;
  private volatile StatusSnapshot status = new StatusSnapshot(List.of(), OptionalLong.empty());
  private volatile Optional<TariffStatus> tariff = Optional.empty();
  private volatile CostSource costSource = (meter, from, toExclusive) -> {
    throw new AssertionError("no tariff");
  };
  private final Map<String, Headroom> headrooms = new ConcurrentHashMap<>();

  FakeBackend withMeter(String meter) {
    meters.add(meter);
    return this;
  }

  FakeBackend withReading(MeterReading reading) {
    if (!meters.contains(reading.meter())) {
      meters.add(reading.meter());
    }
    latest.put(reading.meter(), reading);
    return this;
  }

  FakeBackend withHistory(String meter, List<HistoryPoint> points) {
    history.put(meter, List.copyOf(points));
    return this;
  }

  /** Answers history from {@code source} instead of stored points. */
  FakeBackend withHistory(HistorySource source) {
    historySource = source;
    return this;
  }

  /** The shape of {@link DashboardBackend#history}, for a computed history. */
  interface HistorySource {
    List<HistoryPoint> history(String meter, Instant from, Instant to, Resolution resolution);
  }

  FakeBackend withStatus(StatusSnapshot snapshot) {
    status = snapshot;
    return this;
  }

  /** Bills with {@code source} under {@code status}'s tariff. */
  FakeBackend withTariff(TariffStatus status, CostSource source) {
    tariff = Optional.of(status);
    costSource = source;
    return this;
  }

  /** The shape of {@link DashboardBackend#cost}. */
  interface CostSource {
    Bill cost(String meter, LocalDate from, LocalDate toExclusive) throws TariffException;
  }

  FakeBackend withHeadroom(String meter, Headroom headroom) {
    headrooms.put(meter, headroom);
    return this;
  }

  List<HistoryQuestion> questions() {
    return questions;
  }

  @Override
  public List<String> meters() {
    return List.copyOf(meters);
  }

  @Override
  public Optional<MeterReading> latest(String meter) {
    return Optional.ofNullable(latest.get(meter));
  }

  @Override
  public List<HistoryPoint> history(String meter, Instant from, Instant to, Resolution resolution) {
    questions.add(new HistoryQuestion(meter, from, to, resolution));
    return historySource.history(meter, from, to, resolution);
  }

  private List<HistoryPoint> storedHistory(
      String meter, Instant from, Instant to, Resolution resolution) {
    List<HistoryPoint> inRange = new ArrayList<>();
    for (HistoryPoint point : history.getOrDefault(meter, List.of())) {
      if (!point.start().isBefore(from) && point.start().isBefore(to)) {
        inRange.add(point);
      }
    }
    return inRange;
  }

  @Override
  public StatusSnapshot status() {
    return status;
  }

  @Override
  public Optional<TariffStatus> tariff() {
    return tariff;
  }

  @Override
  public Optional<Bill> cost(String meter, LocalDate from, LocalDate toExclusive)
      throws TariffException {
    return tariff.isEmpty() ? Optional.empty()
        : Optional.of(costSource.cost(meter, from, toExclusive));
  }

  @Override
  public Optional<Headroom> headroom(String meter) {
    return Optional.ofNullable(headrooms.get(meter));
  }
}
