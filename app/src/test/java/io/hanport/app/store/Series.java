package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A meter's readings at a fixed step with a varying load, and the registers it sent, so that a test
 * can compute the energy of any interval from register differences on its own.
 */
final class Series {

  final List<MeterReading> readings = new ArrayList<>();

  /** Import register (Wh) by reading time, for expected values. */
  final NavigableMap<Instant, Long> importWh = new TreeMap<>();

  private final SwedishMeter meter;
  private long importMilliWh;
  private long exportMilliWh;

  Series(SwedishMeter meter, long startImportWh, long startExportWh) {
    this.meter = meter;
    this.importMilliWh = startImportWh * 1000;
    this.exportMilliWh = startExportWh * 1000;
  }

  /** Readings from {@code from} (inclusive) to {@code to} (exclusive). */
  Series run(Instant from, Instant to, Duration step) {
    for (Instant time = from; time.isBefore(to); time = time.plus(step)) {
      int powerW = powerAt(time);
      if (!readings.isEmpty()) {
        long milliWh = Math.abs(powerW) * step.toMillis() / 3600;
        if (powerW >= 0) {
          importMilliWh += milliWh;
        } else {
          exportMilliWh += milliWh;
        }
      }
      add(time, powerW);
    }
    return this;
  }

  /** Registers start again from the given value, as after a counter reset or a swap. */
  Series resetRegisters(long importWh, long exportWh) {
    importMilliWh = importWh * 1000;
    exportMilliWh = exportWh * 1000;
    return this;
  }

  /**
   * Import energy (Wh) between the last readings at or before two times; before the first reading,
   * the first register counts.
   */
  long expectedImportWh(Instant from, Instant to) {
    return registerAt(to) - registerAt(from);
  }

  private long registerAt(Instant time) {
    Map.Entry<Instant, Long> floor = importWh.floorEntry(time);
    return floor == null ? importWh.firstEntry().getValue() : floor.getValue();
  }

  private void add(Instant time, int powerW) {
    readings.add(meter.reading(time, importMilliWh / 1000, exportMilliWh / 1000, powerW));
    importWh.put(time, importMilliWh / 1000);
  }

  /** Base load, a daily swing, and short peaks; exports a little around midday. */
  static int powerAt(Instant time) {
    long second = time.getEpochSecond();
    int daily = (int) (second % 86_400) / 60;
    int load = 400 + (daily % 240) * 7 + (int) (second * 2654435761L % 997);
    return daily > 690 && daily < 750 ? -load / 3 : load;
  }
}
