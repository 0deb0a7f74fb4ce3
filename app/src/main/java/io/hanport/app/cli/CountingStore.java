package io.hanport.app.cli;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.store.AppendResult;
import io.hanport.app.store.EnergyInterval;
import io.hanport.app.store.MeterInfo;
import io.hanport.app.store.Resolution;
import io.hanport.app.store.Store;
import io.hanport.app.store.StoreInfo;
import io.hanport.app.store.StoredPrice;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * A store that adds up what its appends did, for {@code import}'s summary: the {@link
 * io.hanport.app.store.BatchingWriter} in between does not pass results on. Closing it leaves the
 * store open.
 */
final class CountingStore implements Store {

  private final Store store;
  private AppendResult total = new AppendResult(0, 0);

  CountingStore(Store store) {
    this.store = store;
  }

  synchronized AppendResult total() {
    return total;
  }

  @Override
  public AppendResult append(List<MeterReading> batch) {
    AppendResult result = store.append(batch);
    synchronized (this) {
      total = total.plus(result);
    }
    return result;
  }

  @Override
  public List<EnergyInterval> history(
      String meter, Instant from, Instant to, Resolution resolution) {
    return store.history(meter, from, to, resolution);
  }

  @Override
  public List<String> rawReadings(String meter, Instant from, Instant to) {
    return store.rawReadings(meter, from, to);
  }

  @Override
  public List<MeterInfo> meters() {
    return store.meters();
  }

  @Override
  public StoreInfo info() {
    return store.info();
  }

  @Override
  public int pruneRaw(Instant olderThan) {
    return store.pruneRaw(olderThan);
  }

  @Override
  public void savePrices(String biddingZone, Collection<StoredPrice> prices) {
    store.savePrices(biddingZone, prices);
  }

  @Override
  public List<StoredPrice> prices(String biddingZone, Instant from, Instant to) {
    return store.prices(biddingZone, from, to);
  }

  @Override
  public OptionalLong freeDiskBytes() {
    return store.freeDiskBytes();
  }

  @Override
  public void close() {}
}
