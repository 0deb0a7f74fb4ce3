package io.hanport.app.serve;

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

/**
 * The history store as the tariff engine's energy: its 15-minute (or hourly) rollup rows, each
 * kept with its completeness so that energy covering a reading gap is billed but never a peak.
 */
public final class StoreEnergyProvider implements EnergyProvider {

  private final Store store;
  private final Resolution resolution;

  /**
   * @param resolution {@link Resolution#QUARTER_HOUR} or {@link Resolution#HOUR}: the engine needs
   *     intervals that fit in its demand windows
   */
  public StoreEnergyProvider(Store store, Resolution resolution) {
    if (resolution != Resolution.QUARTER_HOUR && resolution != Resolution.HOUR) {
      throw new IllegalArgumentException("tariffs bill 15-minute or hourly energy, not " + resolution);
    }
    this.store = store;
    this.resolution = resolution;
  }

  @Override
  public EnergySeries energy(String meter, Instant from, Instant to) throws TariffException {
    List<EnergyInterval> intervals = new ArrayList<>();
    try {
      for (io.hanport.app.store.EnergyInterval row : store.history(meter, from, to, resolution)) {
        if (!row.end().isAfter(to)) {
          intervals.add(
              new EnergyInterval(
                  row.start(), row.end(), row.importKwh(), row.exportKwh(), row.complete()));
        }
      }
    } catch (StoreException unreadable) {
      throw new TariffException("cannot read the history: " + unreadable.getMessage());
    }
    return EnergySeries.of(intervals);
  }
}
