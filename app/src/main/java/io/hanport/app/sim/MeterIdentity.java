package io.hanport.app.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What stays fixed about one simulated meter: its ids, its counters of past grid trouble and its
 * registers when the simulation starts. Drawn from the seed, so a seed always names the same meter.
 *
 * @param meterId the serial as the meter sends it (DSMR equipment id text, Smarty logical device
 *     name, or the Norwegian GS1 number)
 * @param meterType the model string of DLMS lists (0-0:96.1.7), e.g. {@code MA304H3E}
 * @param failureLog the newest entries of DSMR's power-failure log 1-0:99.97.0
 * @param sags voltage sags per phase (1-0:32.32.0, 52.32.0, 72.32.0)
 * @param swells voltage swells per phase (1-0:32.36.0, 52.36.0, 72.36.0)
 */
record MeterIdentity(
    String meterId,
    String meterType,
    String gasMeterId,
    int powerFailures,
    int longPowerFailures,
    List<PowerFailure> failureLog,
    List<Integer> sags,
    List<Integer> swells,
    Registers initialRegisters,
    long initialGasMl) {

  /** One entry of the power-failure log: when the failure ended and how long it lasted. */
  record PowerFailure(Instant end, long durationSeconds) {}

  MeterIdentity {
    failureLog = List.copyOf(failureLog);
    sags = List.copyOf(sags);
    swells = List.copyOf(swells);
  }

  private static final long ID_KEY = 0x1D;
  private static final long COUNTER_KEY = 0xC0;
  private static final long REGISTER_KEY = 0x4E6;

  /**
   * A meter with the given fixed id prefix (the manufacturer's and model's part) followed by
   * digits from the seed, as many as make the id {@code idLength} characters long.
   */
  static MeterIdentity draw(long seed, Instant start, String idPrefix, int idLength,
      String meterType, String gasIdPrefix) {
    String meterId = idPrefix + digits(seed, 1, idLength - idPrefix.length());
    String gasId = gasIdPrefix + digits(seed, 2, 17 - gasIdPrefix.length());
    int longFailures = 1 + SeedHash.below(seed, COUNTER_KEY, 1, 6);
    int failures = longFailures + SeedHash.below(seed, COUNTER_KEY, 2, 25);
    List<PowerFailure> log = new ArrayList<>();
    for (int entry = 0; entry < Math.min(longFailures, 2); entry++) {
      long daysAgo = 20 + 150L * entry + SeedHash.below(seed, COUNTER_KEY, 10 + entry, 120);
      Instant end = start.minus(Duration.ofDays(daysAgo)).minusSeconds(
          SeedHash.below(seed, COUNTER_KEY, 20 + entry, 86_400));
      log.add(new PowerFailure(end, 180 + SeedHash.below(seed, COUNTER_KEY, 30 + entry, 20_000)));
    }
    return new MeterIdentity(meterId, meterType, gasId, failures, longFailures, log,
        counts(seed, 40, 4), counts(seed, 50, 3), initialRegisters(seed),
        1000L * thousandths(seed, 9, 800, 6_000));
  }

  private static Registers initialRegisters(long seed) {
    long importWh = thousandths(seed, 1, 4_000, 30_000);
    long exportWh = thousandths(seed, 2, 300, 5_000);
    long lowShare = importWh * (40 + SeedHash.below(seed, REGISTER_KEY, 3, 20)) / 100;
    long exportLowShare = exportWh / 5;
    long ws = Registers.WS_PER_WH;
    return new Registers(lowShare * ws, (importWh - lowShare) * ws, exportLowShare * ws,
        (exportWh - exportLowShare) * ws, thousandths(seed, 4, 20, 400) * ws,
        thousandths(seed, 5, 200, 3_000) * ws);
  }

  /** A register of {@code min} to {@code min + span} whole units, in thousandths (kWh in Wh). */
  private static long thousandths(long seed, long key, int min, int span) {
    return 1000L * min + SeedHash.below(seed, REGISTER_KEY, key, span * 1000);
  }

  private static List<Integer> counts(long seed, long key, int bound) {
    List<Integer> counts = new ArrayList<>();
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      counts.add(SeedHash.below(seed, COUNTER_KEY * 97 + key, phase, bound));
    }
    return counts;
  }

  private static String digits(long seed, long key, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + SeedHash.below(seed, ID_KEY * 31 + key, i, 10)));
    }
    return out.toString();
  }
}
