package io.hanport.app.web;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.sim.Profile;
import io.hanport.app.sim.Simulator;
import io.hanport.app.store.Store;
import io.hanport.app.store.Stores;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated Swedish meter's past written into a database the way {@code hanport demo} fills its
 * week: the simulator's frames decoded and appended, received at their simulated time. Two
 * differences keep a browser test quick and give it something to check: one telegram a minute is
 * kept (every sixth of the meter's ten-second pushes, still fifteen to a quarter hour), and none
 * within the gap, as if hanport had been stopped then.
 */
final class SimulatedPast {

  private static final int KEEP_EVERY = 6;
  private static final int BATCH = 2000;

  private final String meter;
  private final List<MeterReading> batch = new ArrayList<>(BATCH);
  private Instant received = Instant.EPOCH;

  private SimulatedPast(String meter) {
    this.meter = meter;
  }

  /**
   * Fills {@code database} with {@code meter}'s readings from {@code start} until {@code until},
   * none in [gapStart, gapEnd), and returns the simulator, positioned at {@code until}, for the
   * live input to go on from with its registers continuing.
   */
  static Simulator fill(String database, String meter, Instant start, Instant until,
      Instant gapStart, Instant gapEnd) {
    DecoderOptions decoder = DecoderOptions.defaults();
    Simulator simulator = Simulator.create(Profile.SE_P1, 1, start);
    SimulatedPast past = new SimulatedPast(meter);
    MeterDecoder decoding = new MeterDecoder(decoder, past.new Collect());
    try (Store store = Stores.open(database, decoder.zone())) {
      long[] frames = {0};
      simulator.generate(until, frame -> {
        boolean inGap = !frame.time().isBefore(gapStart) && frame.time().isBefore(gapEnd);
        if (frames[0]++ % KEEP_EVERY == 0 && !inGap) {
          past.received = frame.time();
          decoding.feed(frame.bytes());
          if (past.batch.size() >= BATCH) {
            store.append(List.copyOf(past.batch));
            past.batch.clear();
          }
        }
      });
      store.append(past.batch);
    }
    return simulator;
  }

  private final class Collect implements MeterDecoder.Listener {
    @Override
    public void decoded(Reading reading, Frame frame) {
      batch.add(new MeterReading(meter, "sim:se-p1", received, reading, frame.raw()));
    }

    @Override
    public void rejected(Rejection rejection) {
      throw new IllegalStateException(
          "the simulator wrote a frame the codec rejects: " + rejection);
    }
  }
}
