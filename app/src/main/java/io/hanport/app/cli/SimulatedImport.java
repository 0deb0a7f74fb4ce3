package io.hanport.app.cli;

import io.hanport.app.sim.Simulator;
import io.hanport.app.store.Store;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * {@code sim:PROFILE?from=…&to=…}: the virtual meter's frames over whole local days, generated as
 * fast as the CPU allows (no pacing: the simulator is pure, issue 4) and decoded like a capture.
 * Each reading counts as received at its simulated time, so a meter without a clock in its frames
 * still gets a history spread over the range. A year of {@code se-p1} is 3.15 million readings.
 */
final class SimulatedImport {

  /** How much simulated time passes between two looks at progress and Ctrl-C. */
  private static final Duration STEP = Duration.ofHours(1);

  private static final long DAY_SECONDS = 86_400;

  private SimulatedImport() {}

  static ImportCounts run(
      ImportInput.SimulatedRange range,
      DecoderOptions decoder,
      Store store,
      Terminal terminal,
      StopSignal stop) {
    ZoneId zone = decoder.zone();
    Instant start = range.from().atStartOfDay(zone).toInstant();
    Instant end =
        range
            .to()
            .map(day -> day.plusDays(1).atStartOfDay(zone).toInstant())
            .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
    Simulator simulator = Simulator.create(range.profile(), range.seed(), start);
    long total = Math.max(0, Duration.between(start, end).toSeconds());
    ImportProgress progress =
        new ImportProgress(
            terminal.err(),
            ImportProgress.stderrIsTerminal(),
            total,
            seconds -> String.format(Locale.ROOT, "%.1f days", (double) seconds / DAY_SECONDS),
            System::nanoTime);
    Instant[] frameTime = {start};
    try (ImportWriter writer = new ImportWriter(store, range.uri(), () -> frameTime[0])) {
      MeterDecoder decoding = new MeterDecoder(withSimulatorKey(decoder, simulator), writer);
      Instant done = start;
      while (done.isBefore(end) && !stop.requested()) {
        Instant next = done.plus(STEP).isBefore(end) ? done.plus(STEP) : end;
        simulator.generate(
            next,
            frame -> {
              frameTime[0] = frame.time();
              decoding.feed(frame.bytes());
            });
        done = next;
        progress.update(Duration.between(start, done).toSeconds(), writer.readings());
      }
      progress.finish(Duration.between(start, done).toSeconds(), writer.readings());
      return new ImportCounts(writer.readings(), writer.rejected());
    }
  }

  /** The encrypting profile (lu-smarty) is readable with the simulator's demo key by default. */
  private static DecoderOptions withSimulatorKey(DecoderOptions decoder, Simulator simulator) {
    if (decoder.encryptionKey().isPresent() || simulator.decryptionKey().isEmpty()) {
      return decoder;
    }
    return decoder.withKeys(
        HexKey.parse(simulator.decryptionKey().get()), decoder.authenticationKey());
  }
}
