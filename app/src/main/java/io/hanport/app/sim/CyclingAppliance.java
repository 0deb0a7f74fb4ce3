package io.hanport.app.sim;

import java.util.function.ToDoubleFunction;

/**
 * A compressor that runs in on/off cycles: fridge and heat pump. It is on for the first
 * {@code duty × period} seconds of each period; the period's phase is drawn from the seed so two
 * households do not cycle in step. Motors are inductive, so they add positive reactive power.
 */
final class CyclingAppliance implements Appliance {

  private static final int THREE_PHASE = -1;
  private static final long OFFSET_KEY = 0xC1C1E;

  private final int phase;
  private final int watts;
  private final int vars;
  private final int periodSeconds;
  private final long offsetSeconds;
  private final ToDoubleFunction<Slot> duty;

  private CyclingAppliance(
      long seed, long key, int phase, int watts, int vars, int periodSeconds,
      ToDoubleFunction<Slot> duty) {
    this.phase = phase;
    this.watts = watts;
    this.vars = vars;
    this.periodSeconds = periodSeconds;
    this.offsetSeconds = SeedHash.below(seed, OFFSET_KEY, key, periodSeconds);
    this.duty = duty;
  }

  /** A fridge-freezer on L2: 95 W, about 40 % of a 45-minute cycle, more when it is warm. */
  static CyclingAppliance fridge(long seed) {
    return new CyclingAppliance(
        seed, 1, 1, 95, 60, 2700, slot -> 0.36 + Math.max(0, slot.outsideC()) * 0.004);
  }

  /**
   * A three-phase air-to-water heat pump, 2.1 kW electric, in hour-long cycles whose duty follows
   * the cold: nearly always on in a hard frost, only hot water in summer.
   */
  static CyclingAppliance heatPump(long seed) {
    return new CyclingAppliance(
        seed, 2, THREE_PHASE, 2100, 540, 3600,
        slot -> Math.max(0.12, Math.min(0.95, (17.0 - slot.outsideC()) / 22.0)));
  }

  @Override
  public void addLoad(Slot slot, LoadSum sum) {
    long position = Math.floorMod(slot.startEpochSecond() + offsetSeconds, (long) periodSeconds);
    if (position >= duty.applyAsDouble(slot) * periodSeconds) {
      return;
    }
    if (phase == THREE_PHASE) {
      sum.addThreePhase(watts, vars);
    } else {
      sum.add(phase, watts, vars);
    }
  }
}
