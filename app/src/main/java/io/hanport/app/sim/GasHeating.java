package io.hanport.app.sim;

/**
 * The gas boiler of a Dutch hybrid installation: it tops up space heating in the cold and heats
 * shower water in the morning. Only the Dutch profile has a gas meter to show it (M-Bus channel 1).
 */
final class GasHeating implements Appliance {

  private static final int ML_PER_HOUR_PER_DEGREE = 35_000;
  private static final double HEATING_LIMIT_C = 15.0;
  private static final int SHOWER_ML_PER_HOUR = 1_600_000;
  private static final long SHOWER_KEY = 0x6A5;

  private final long seed;

  GasHeating(long seed) {
    this.seed = seed;
  }

  @Override
  public void addLoad(Slot slot, LoadSum sum) {
    double cold = HEATING_LIMIT_C - slot.outsideC();
    if (cold > 0) {
      sum.addGas((int) Math.round(cold * ML_PER_HOUR_PER_DEGREE));
    }
    double showerHour = SeedHash.between(seed, SHOWER_KEY, slot.localEpochDay(), 6.5, 8.0);
    int shower = Cooking.slotAligned(showerHour);
    if (slot.within(shower, 600)) {
      sum.addGas(SHOWER_ML_PER_HOUR);
    }
  }
}
