package io.hanport.app.serve;

import io.hanport.app.store.MeterInfo;
import io.hanport.app.store.Resolution;
import io.hanport.app.store.Store;
import io.hanport.app.store.StoreException;
import io.hanport.app.tariff.EnergyInterval;
import io.hanport.app.tariff.EnergyProvider;
import io.hanport.app.tariff.EnergySeries;
import io.hanport.app.tariff.TariffException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The history store's 15-minute energy as the tariff engine's input: 15 minutes fits both 15- and
 * 60-minute demand windows, and hourly prices cover four quarters each.
 */
public final class StoreEnergyProvider implements EnergyProvider {

  private final Store store;

  public StoreEnergyProvider(Store store) {
    this.store = store;
  }

  @Override
  public EnergySeries energy(String meter, Instant from, Instant to) throws TariffException {
    String name = meter.isEmpty() ? onlyMeter() : knownMeter(meter);
    List<EnergyInterval> intervals = new ArrayList<>();
    try {
      for (io.hanport.app.store.EnergyInterval row :
          store.history(name, from, to, Resolution.QUARTER_HOUR)) {
        intervals.add(asTariffInterval(row));
      }
    } catch (StoreException unreadable) {
      throw new TariffException(unreadable.getMessage());
    }
    return EnergySeries.of(intervals);
  }

  /**
   * A quarter with a meter swap or counter reset cannot measure demand: the store counts the
   * energy across the break as zero, so it is billed but never a peak, like a gap.
   */
  static EnergyInterval asTariffInterval(io.hanport.app.store.EnergyInterval row) {
    boolean measured = row.complete() && row.segmentBreaks() == 0;
    return new EnergyInterval(row.start(), row.end(), row.importKwh(), row.exportKwh(), measured);
  }

  private String onlyMeter() throws TariffException {
    List<String> names = meterNames();
    if (names.size() == 1) {
      return names.get(0);
    }
    if (names.isEmpty()) {
      throw new TariffException("the database holds no readings yet: import some first");
    }
    throw new TariffException(
        "the database holds meters " + String.join(", ", names) + ": choose one with --meter");
  }

  private String knownMeter(String meter) throws TariffException {
    List<String> names = meterNames();
    if (!names.contains(meter)) {
      throw new TariffException(
          "the database has no meter '" + meter + "'; it holds " + String.join(", ", names));
    }
    return meter;
  }

  private List<String> meterNames() throws TariffException {
    try {
      return store.meters().stream().map(MeterInfo::name).collect(Collectors.toList());
    } catch (StoreException unreadable) {
      throw new TariffException(unreadable.getMessage());
    }
  }
}
