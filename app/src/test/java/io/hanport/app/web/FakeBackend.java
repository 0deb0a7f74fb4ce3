package io.hanport.app.web;

import io.hanport.app.pipeline.MeterReading;
import java.time.Instant;
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
}
