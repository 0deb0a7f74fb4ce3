package io.hanport.app.web;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.sim.Profile;
import io.hanport.app.sim.SimulatedFrame;
import io.hanport.app.sim.Simulator;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The simulator's Swedish P1 meter ({@code sim:se-p1}) decoded by the real codec, feeding a
 * {@link LiveFeed} and a {@link FakeBackend} like a pipeline would: first an hour of history at
 * its 10 s pace, then one telegram per {@code period}, stamped with the wall clock.
 */
final class SimulatedHousehold implements AutoCloseable {

  static final String METER = "main";

  private final Simulator simulator;
  private final LiveFeed feed;
  private final FakeBackend backend;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  SimulatedHousehold(LiveFeed feed, FakeBackend backend, Instant now) {
    this.simulator = Simulator.create(Profile.SE_P1, 7, now.minus(Duration.ofHours(1)));
    this.feed = feed;
    this.backend = backend;
    SimulatedFrame frame = simulator.next();
    while (frame.time().isBefore(now)) {
      deliver(frame, frame.time());
      frame = simulator.next();
    }
  }

  /** Sends the following telegrams every {@code period}, each stamped with the wall clock. */
  void run(Duration period) {
    timer.scheduleAtFixedRate(() -> deliver(simulator.next(), Instant.now()),
        0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void deliver(SimulatedFrame frame, Instant received) {
    for (MeterReading reading : WebReadings.decode(frame.bytes(), METER, received)) {
      MeterReading fromSimulator =
          new MeterReading(METER, "sim:se-p1", received, reading.reading(), reading.frame());
      backend.withReading(fromSimulator);
      feed.accept(fromSimulator);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
