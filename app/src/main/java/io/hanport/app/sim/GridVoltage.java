package io.hanport.app.sim;

/**
 * Phase voltage at the meter, around 230 V: each phase sits a little off nominal, the street sags
 * in the evening peak and wanders every few minutes, and the house's own current drops (or, when
 * exporting, raises) the voltage over the service cable.
 */
final class GridVoltage {

  private static final double NOMINAL_V = 230.0;
  /** Service cable plus transformer share: 0.2 Ω turns 16 A into a 3.2 V drop. */
  private static final double LINE_OHMS = 0.2;
  private static final long PHASE_OFFSET_KEY = 0x0F5;
  private static final long WANDER_KEY = 0x3A4;
  private static final long RIPPLE_KEY = 0x3A5;

  private final long seed;
  private final double longitudeDeg;
  private final double[] phaseOffsetV = new double[LoadSum.PHASES];

  GridVoltage(long seed, Site site) {
    this.seed = seed;
    this.longitudeDeg = site.longitudeDeg();
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      phaseOffsetV[phase] = SeedHash.between(seed, PHASE_OFFSET_KEY, phase, -2.0, 3.0);
    }
  }

  /** The voltage of one phase, in 0.1 V, while the house draws {@code activeW} on it. */
  int decivolts(long epochSecond, int phase, int activeW) {
    double solarHour = Math.floorMod(epochSecond, 86_400L) / 3600.0 + longitudeDeg / 15.0;
    double fromPeak = (solarHour % 24.0 - 19.0) / 2.5;
    double eveningSag = 2.5 * Math.exp(-fromPeak * fromPeak);
    double wander = SeedHash.between(seed, WANDER_KEY + phase, epochSecond / 300, -1.2, 1.2);
    double ripple = SeedHash.between(seed, RIPPLE_KEY + phase, epochSecond, -0.2, 0.2);
    double volts =
        NOMINAL_V + 1.0 + phaseOffsetV[phase] - eveningSag + wander + ripple
            - LINE_OHMS * activeW / NOMINAL_V;
    return (int) Math.round(volts * 10);
  }

  /** Phase current in mA: apparent power over voltage (P and Q both load the cable). */
  static int milliamps(int activeW, int reactiveVar, int decivolts) {
    double apparentVa = Math.hypot(activeW, reactiveVar);
    return (int) Math.round(apparentVa * 10_000.0 / decivolts);
  }
}
