package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One batch, inside the writer's transaction: raw rows, rollup deltas and meter states.
 *
 * <p>A reading newer than its meter's last is the common case and needs no lookup: its register
 * difference is taken against the last register reading kept in {@link MeterState}. An older
 * reading is merged only where the raw table still holds its neighbours (at or after {@code
 * raw_from}): the difference between them is taken back and split in two. Anything older is
 * skipped, because its rollups are final: this is also what makes re-importing idempotent after the
 * raw readings are pruned.
 */
final class Ingest {

  private final Connection connection;
  private final Map<String, MeterState> meters;
  private final RawCodec codec;
  private final ReadingTime readingTime;
  private final RollupBatch rollups;
  private final long rawHorizon;
  private int stored;
  private int skipped;

  /**
   * @param meters working copies of the cached states, filled in for meters first seen here
   * @param rawHorizon readings before this time are rolled up but not kept raw (retention)
   */
  Ingest(
      Connection connection,
      Map<String, MeterState> meters,
      RawCodec codec,
      ReadingTime readingTime,
      Buckets buckets,
      long rawHorizon) {
    this.connection = connection;
    this.meters = meters;
    this.codec = codec;
    this.readingTime = readingTime;
    this.rollups = new RollupBatch(buckets);
    this.rawHorizon = rawHorizon;
  }

  AppendResult run(List<MeterReading> batch) throws SQLException {
    List<Sample> samples = new ArrayList<>(batch.size());
    for (MeterReading reading : batch) {
      samples.add(
          new Sample(reading, readingTime.epochMillis(reading.reading(), reading.received())));
    }
    samples.sort(
        Comparator.comparing((Sample s) -> s.source.meter()).thenComparingLong(Sample::ts));
    try (RawTable raw = new RawTable(connection)) {
      for (Sample sample : samples) {
        MeterState meter = meter(sample);
        if (sample.ts() > meter.lastTs) {
          inOrder(meter, sample, raw);
        } else {
          outOfOrder(meter, sample, raw);
        }
      }
      raw.flush();
    }
    RollupWriter.write(connection, rollups);
    for (MeterState meter : meters.values()) {
      MeterTable.save(connection, meter);
    }
    return new AppendResult(stored, skipped);
  }

  private MeterState meter(Sample sample) throws SQLException {
    String name = sample.source.meter();
    MeterState meter = meters.get(name);
    if (meter == null) {
      Optional<MeterState> known = MeterTable.find(connection, name);
      if (known.isPresent()) {
        meter = known.get();
      } else {
        meter = MeterTable.insert(connection, name, sample.ts());
        meter.lastTs = sample.ts() - 1;
      }
      meters.put(name, meter);
    }
    return meter;
  }

  private void inOrder(MeterState meter, Sample sample, RawTable raw) throws SQLException {
    RegisterPoint point = carryIdentity(sample.point, meter.register);
    if (sample.ts() >= rawHorizon) {
      raw.add(meter.id, point, sample.source.received().toEpochMilli(), telegram(meter, sample));
      if (meter.rawFrom == null) {
        meter.rawFrom = sample.ts();
      }
    } else {
      meter.rawFrom = null;
    }
    rollups.addMeasurements(meter.id, sample);
    if (point.hasRegisters()) {
      if (meter.register == null) {
        SegmentTable.insert(
            connection, meter.id, point.ts(), SegmentTable.FIRST_READING, sample.source.reading());
      } else {
        addStep(meter, meter.register, point, sample, 1);
      }
      meter.register = point;
    }
    meter.lastTs = sample.ts();
    stored++;
  }

  private void outOfOrder(MeterState meter, Sample sample, RawTable raw) throws SQLException {
    if (meter.rawFrom == null || sample.ts() < meter.rawFrom) {
      skipped++;
      return;
    }
    Optional<RegisterPoint> before = Optional.empty();
    if (sample.point.hasRegisters()) {
      before = raw.before(meter.id, sample.ts()).filter(point -> point.ts() >= meter.rawFrom);
      if (before.isEmpty()) {
        skipped++;
        return;
      }
    }
    RegisterPoint point = carryIdentity(sample.point, before.orElse(null));
    if (!raw.insertNow(
        meter.id, point, sample.source.received().toEpochMilli(), telegram(meter, sample))) {
      skipped++;
      return;
    }
    rollups.addMeasurements(meter.id, sample);
    if (before.isPresent()) {
      Optional<RegisterPoint> after = raw.after(meter.id, sample.ts());
      if (after.isPresent()) {
        rollups.addStep(
            meter.id, before.get(), after.get(), StepKind.between(before.get(), after.get()), -1);
        addStep(meter, point, after.get(), sample, 1);
      } else {
        meter.register = point;
      }
      addStep(meter, before.get(), point, sample, 1);
    }
    stored++;
  }

  private void addStep(
      MeterState meter, RegisterPoint before, RegisterPoint after, Sample sample, int sign)
      throws SQLException {
    StepKind kind = StepKind.between(before, after);
    rollups.addStep(meter.id, before, after, kind, sign);
    if (kind != StepKind.CONTINUOUS && after.ts() == sample.ts()) {
      SegmentTable.insert(connection, meter.id, after.ts(), kind.reason(), sample.source.reading());
    }
  }

  /** A reading without an id (DLMS list 1) keeps the meter's last identity for swap detection. */
  private static RegisterPoint carryIdentity(RegisterPoint point, RegisterPoint previous) {
    if (point.identity() != null || previous == null || previous.identity() == null) {
      return point;
    }
    return new RegisterPoint(
        point.ts(), point.importMilliWh(), point.exportMilliWh(), previous.identity());
  }

  private byte[] telegram(MeterState meter, Sample sample) {
    return codec.encode(sample.source, meter);
  }
}
