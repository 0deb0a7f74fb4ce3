package io.hanport.app.sim;

/**
 * Meals: a kettle at breakfast, hob plates (and some days the oven) at dinner, and lunch at the
 * weekend. Start times and lengths are drawn per day; the plates' thermostats switch on and off
 * from slot to slot. Resistive loads, so no reactive power.
 */
final class Cooking implements Appliance {

  private static final int KETTLE_W = 2000;
  private static final int FRONT_PLATE_W = 1500;
  private static final int BACK_PLATE_W = 1200;
  private static final int OVEN_W = 2200;
  private static final long BREAKFAST_KEY = 0xB1;
  private static final long DINNER_START_KEY = 0xD1;
  private static final long DINNER_LENGTH_KEY = 0xD2;
  private static final long OVEN_DAY_KEY = 0xD3;
  private static final long THERMOSTAT_KEY = 0xD4;
  private static final long LUNCH_KEY = 0xD5;

  private final long seed;

  Cooking(long seed) {
    this.seed = seed;
  }

  @Override
  public void addLoad(Slot slot, LoadSum sum) {
    long day = slot.localEpochDay();
    int breakfast = slotAligned(SeedHash.between(seed, BREAKFAST_KEY, day, 6.4, 7.8));
    if (slot.within(breakfast, 180)) {
      sum.add(0, KETTLE_W, 0);
    }
    int dinner = slotAligned(SeedHash.between(seed, DINNER_START_KEY, day, 17.0, 18.75));
    int dinnerSeconds = slotAligned(SeedHash.between(seed, DINNER_LENGTH_KEY, day, 0.4, 0.95));
    if (slot.within(dinner, dinnerSeconds)) {
      addPlate(slot, sum, 0, FRONT_PLATE_W, 1);
      addPlate(slot, sum, 2, BACK_PLATE_W, 2);
      if (SeedHash.unit(seed, OVEN_DAY_KEY, day) < 0.4 && slot.within(dinner, 2400)) {
        addPlate(slot, sum, 1, OVEN_W, 3);
      }
    }
    int lunch = slotAligned(SeedHash.between(seed, LUNCH_KEY, day, 11.75, 12.75));
    if (slot.weekend() && slot.within(lunch, 1500)) {
      addPlate(slot, sum, 0, FRONT_PLATE_W, 4);
    }
  }

  /** A thermostat-controlled element: on in a little over half of the slots. */
  private void addPlate(Slot slot, LoadSum sum, int phase, int watts, long element) {
    long key = THERMOSTAT_KEY * 31 + element;
    if (SeedHash.unit(seed, key, slot.startEpochSecond()) < 0.6) {
      sum.add(phase, watts, 0);
    }
  }

  /** Local hours to seconds of the day, on a slot boundary. */
  static int slotAligned(double hours) {
    return (int) Math.round(hours * 3600 / Slot.SECONDS) * Slot.SECONDS;
  }
}
