package io.hanport.app.serve;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.pipeline.ReadingSink;
import io.hanport.app.tariff.EnergyInterval;
import io.hanport.app.tariff.EnergyProvider;
import io.hanport.app.tariff.EnergySeries;
import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.HeadroomCalculator;
import io.hanport.app.tariff.HeadroomWarning;
import io.hanport.app.tariff.HeadroomWatcher;
import io.hanport.app.tariff.PeakCalculator;
import io.hanport.app.tariff.TariffException;
import io.hanport.app.tariff.TariffRules;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live headroom (issue 8), as a pipeline sink: with each reading, the current demand window's
 * energy so far, the month's peaks from the history store, and what that leaves; a warning once per
 * window when the projection nears the threshold. Readings are placed in time as the store places
 * them (the meter's clock when it sends one), so windows agree with the stored history.
 */
final class HeadroomService implements ReadingSink {

  /** Told of every headroom update and every warning; called on pipeline threads. */
  interface Listener {
    void headroom(String meter, Headroom headroom);

    void warning(String meter, HeadroomWarning warning);
  }

  private static final Logger LOG = LoggerFactory.getLogger(HeadroomService.class);

  /** Warn when the window is heading for 90 % of the threshold: time to switch something off. */
  static final BigDecimal WARN_AT = new BigDecimal("0.9");

  /** The store writes in batches: the month's history is read again after this long. */
  private static final Duration HISTORY_REFRESH = Duration.ofMinutes(1);

  private static final BigDecimal WATTS_PER_KW = BigDecimal.valueOf(1000);

  private final TariffRules rules;
  private final HeadroomCalculator calculator;
  private final PeakCalculator peaks;
  private final EnergyProvider energy;
  private final ZoneId meterZone;
  private final List<Listener> listeners;
  private final Map<String, MeterState> meters = new ConcurrentHashMap<>();

  /**
   * @param meterZone the zone of meter clocks sent without an offset, as the store reads them
   * @throws IllegalArgumentException for a tariff without a peak charge: nothing to watch
   */
  HeadroomService(TariffRules rules, EnergyProvider energy, ZoneId meterZone,
      List<Listener> listeners) {
    this.rules = rules;
    this.calculator = HeadroomCalculator.of(rules)
        .orElseThrow(() -> new IllegalArgumentException(rules.name() + " has no peak charge"));
    this.peaks = new PeakCalculator(rules, rules.peak().orElseThrow());
    this.energy = energy;
    this.meterZone = meterZone;
    this.listeners = List.copyOf(listeners);
  }

  /** The latest headroom of a meter; empty before its first reading with power. */
  Optional<Headroom> latest(String meter) {
    MeterState state = meters.get(meter);
    return state == null ? Optional.empty() : state.latest;
  }

  @Override
  public void accept(MeterReading meterReading) {
    Reading reading = meterReading.reading();
    Optional<BigDecimal> powerW = reading.decimal(Field.POWER_IMPORT_W);
    if (powerW.isEmpty()) {
      return;
    }
    BigDecimal powerKw = powerW.get().divide(WATTS_PER_KW, MathContext.DECIMAL64);
    Instant now = time(meterReading);
    MeterState state = meters.computeIfAbsent(meterReading.meter(), this::newState);
    Headroom headroom;
    synchronized (state) {
      try {
        headroom = state.update(meterReading.meter(), now, reading, powerKw);
      } catch (TariffException unusable) {
        if (!state.problem.equals(Optional.of(unusable.getMessage()))) {
          LOG.warn("headroom of meter {}: {}", meterReading.meter(), unusable.getMessage());
        }
        state.problem = Optional.of(unusable.getMessage());
        return;
      }
      state.problem = Optional.empty();
      state.latest = Optional.of(headroom);
      for (Listener listener : listeners) {
        listener.headroom(meterReading.meter(), headroom);
      }
      // A threshold of 0 (no peak yet this month or today) would warn at every first window:
      // nothing a household can act on.
      if (headroom.thresholdKw().filter(kw -> kw.signum() > 0).isPresent()) {
        state.watcher.update(headroom);
      }
    }
  }

  private MeterState newState(String meter) {
    return new MeterState(new HeadroomWatcher(rules.timeZone(), WARN_AT, warning -> {
      LOG.info("meter {}: {}", meter, warning.message());
      listeners.forEach(listener -> listener.warning(meter, warning));
    }));
  }

  /** The instant the store files a reading under: the meter's clock, else the receive time. */
  private Instant time(MeterReading meterReading) {
    Optional<String> meterTime = meterReading.reading().text(Field.METER_TIME);
    if (meterTime.isEmpty()) {
      return meterReading.received();
    }
    try {
      return OffsetDateTime.parse(meterTime.get()).toInstant();
    } catch (DateTimeParseException noOffset) {
      try {
        return LocalDateTime.parse(meterTime.get()).atZone(meterZone).toInstant();
      } catch (DateTimeParseException unreadable) {
        return meterReading.received();
      }
    }
  }

  /** One meter's window energy, month history and warning state; guarded by itself. */
  private final class MeterState {
    private final HeadroomWatcher watcher;
    private final WindowEnergy window = new WindowEnergy();
    private EnergySeries history = EnergySeries.of(List.of());
    private Instant historyWindow;
    private Instant historyRead = Instant.MIN;
    private Optional<Headroom> latest = Optional.empty();
    private Optional<String> problem = Optional.empty();

    MeterState(HeadroomWatcher watcher) {
      this.watcher = watcher;
    }

    Headroom update(String meter, Instant now, Reading reading, BigDecimal powerKw)
        throws TariffException {
      Instant windowStart = peaks.windowStart(now);
      if (!windowStart.equals(historyWindow)
          || Duration.between(historyRead, now).compareTo(HISTORY_REFRESH) > 0) {
        LocalDate windowDay = windowStart.atZone(rules.timeZone()).toLocalDate();
        history = energy.energy(meter, rules.historyStart(windowDay), now);
        historyWindow = windowStart;
        historyRead = now;
      }
      if (window.isNew()) {
        window.start(windowStart, storedSoFar(windowStart, now, powerKw));
      }
      BigDecimal soFar =
          window.add(windowStart, now, reading.decimal(Field.ENERGY_IMPORT_KWH), powerKw);
      return calculator.at(now, history, soFar, powerKw);
    }

    /**
     * Started mid-window: the stored intervals of the window so far, and the rest since the last
     * of them estimated at the current power.
     */
    private BigDecimal storedSoFar(Instant windowStart, Instant now, BigDecimal powerKw) {
      BigDecimal stored = BigDecimal.ZERO;
      Instant covered = windowStart;
      for (EnergyInterval interval : history.between(windowStart, now).intervals()) {
        stored = stored.add(interval.importKwh());
        covered = interval.end();
      }
      BigDecimal hours = BigDecimal.valueOf(Duration.between(covered, now).toSeconds())
          .divide(BigDecimal.valueOf(3600), MathContext.DECIMAL64);
      return stored.add(powerKw.multiply(hours.max(BigDecimal.ZERO)));
    }
  }
}
