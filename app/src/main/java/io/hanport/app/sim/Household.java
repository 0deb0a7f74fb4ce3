package io.hanport.app.sim;

import java.util.List;

/**
 * The simulated household: base load, fridge, heat pump, cooking, an electric car, solar panels
 * and a gas boiler, at one site. Pure: the load at an instant depends only on the seed, the site
 * and that instant, never on the wall clock or on earlier calls.
 *
 * <p>Appliances switch at 10-second slot boundaries; on top, the base load wanders by a few watts
 * every second, as a real meter's 1-second values do (DSMR 5 sends one telegram a second).
 * Not thread-safe: it remembers the last slot it computed.
 */
final class Household {

  private static final int NOISE_W = 5;
  private static final long NOISE_KEY = 0x4015E;

  private final long seed;
  private final Site site;
  private final List<Appliance> appliances;
  private long cachedSlotStart = Long.MIN_VALUE;
  private LoadSum cachedSlot;

  Household(long seed, Site site) {
    this.seed = seed;
    this.site = site;
    this.appliances =
        List.of(
            new BaseLoad(seed),
            CyclingAppliance.fridge(seed),
            CyclingAppliance.heatPump(seed),
            new Cooking(seed),
            new EvCharger(seed, site),
            new SolarPanels(seed, site),
            new GasHeating(seed));
  }

  /** What the household draws during the second [epochSecond, epochSecond + 1). */
  InstantLoad load(long epochSecond) {
    LoadSum slot = slotLoad(epochSecond);
    int[] active = new int[LoadSum.PHASES];
    int[] reactive = new int[LoadSum.PHASES];
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      int noise = SeedHash.below(seed, NOISE_KEY + phase, epochSecond, 2 * NOISE_W + 1) - NOISE_W;
      active[phase] = slot.activeW(phase) + noise;
      reactive[phase] = slot.reactiveVar(phase);
    }
    return new InstantLoad(active, reactive, slot.gasMlPerHour());
  }

  private LoadSum slotLoad(long epochSecond) {
    long slotStart = Math.floorDiv(epochSecond, Slot.SECONDS) * Slot.SECONDS;
    if (slotStart != cachedSlotStart) {
      Slot slot = Slot.of(slotStart, site, seed);
      LoadSum sum = new LoadSum();
      for (Appliance appliance : appliances) {
        appliance.addLoad(slot, sum);
      }
      cachedSlot = sum;
      cachedSlotStart = slotStart;
    }
    return cachedSlot;
  }
}
