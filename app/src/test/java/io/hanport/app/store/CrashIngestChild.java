package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link SqliteCrashSafetyTest} kills: appends numbered batches to a SQLite store and
 * prints {@code committed N} after each append returns, until killed.
 */
public final class CrashIngestChild {

  static final int BATCH = 50;
  static final int MAX_BATCHES = 5_000;
  private static final Instant START = Instant.parse("2026-11-10T00:00:00Z");
  private static final SwedishMeter METER = new SwedishMeter("main", StoreFixture.HEADER);

  private CrashIngestChild() {}

  public static void main(String[] args) {
    try (Store store =
        Stores.open("sqlite:" + args[0], SwedishMeter.STOCKHOLM, StoreFixture.KEEP_ALL)) {
      for (int batch = 0; batch < MAX_BATCHES; batch++) {
        store.append(batch(batch));
        System.out.println("committed " + batch);
        System.out.flush();
      }
    }
  }

  /** Batch n: readings n*BATCH .. n*BATCH+BATCH-1, 10 s apart, import rising 3 Wh each. */
  static List<MeterReading> batch(int number) {
    List<MeterReading> readings = new ArrayList<>(BATCH);
    for (int i = number * BATCH; i < (number + 1) * BATCH; i++) {
      readings.add(METER.reading(START.plusSeconds(10L * i), 1_000_000 + 3L * i, 0, 1080));
    }
    return readings;
  }
}
