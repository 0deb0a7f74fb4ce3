package io.hanport.app.sim;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An electric car plugged in some evenings: 11 kW on three phases (16 A each) until the energy
 * the car needs is delivered, which can run past midnight. Modern chargers hold unity power factor.
 * Pure in what it returns; it remembers the last two days' charge windows.
 */
final class EvCharger implements Appliance {

  static final int CHARGE_W = 11_040;
  private static final double EVENING_PROBABILITY = 0.4;
  private static final long DAY_KEY = 0xE1;
  private static final long START_KEY = 0xE2;
  private static final long ENERGY_KEY = 0xE3;

  private final long seed;
  private final Site site;
  /** The charge windows of the last two days asked, by day parity: each is asked 17 280 times. */
  private final long[] windowDay = {Long.MIN_VALUE, Long.MIN_VALUE};
  private final long[] windowStart = new long[2];
  private final long[] windowEnd = new long[2];

  EvCharger(long seed, Site site) {
    this.seed = seed;
    this.site = site;
  }

  @Override
  public void addLoad(Slot slot, LoadSum sum) {
    if (charging(slot.localEpochDay(), slot.startEpochSecond())
        || charging(slot.localEpochDay() - 1, slot.startEpochSecond())) {
      sum.addThreePhase(CHARGE_W, 0);
    }
  }

  /** True when the charge that began on the evening of {@code day} covers the instant. */
  private boolean charging(long day, long epochSecond) {
    int entry = (int) (day & 1);
    if (windowDay[entry] != day) {
      windowDay[entry] = day;
      windowStart[entry] = 0;
      windowEnd[entry] = 0;
      if (SeedHash.unit(seed, DAY_KEY, day) < EVENING_PROBABILITY) {
        int start = Cooking.slotAligned(SeedHash.between(seed, START_KEY, day, 17.5, 22.0));
        double neededWh = SeedHash.between(seed, ENERGY_KEY, day, 6_000, 28_000);
        long seconds = Math.round(neededWh * 3600 / CHARGE_W / Slot.SECONDS) * Slot.SECONDS;
        windowStart[entry] = LocalDate.ofEpochDay(day).atTime(LocalTime.ofSecondOfDay(start))
            .atZone(site.zone()).toEpochSecond();
        windowEnd[entry] = windowStart[entry] + seconds;
      }
    }
    return epochSecond >= windowStart[entry] && epochSecond < windowEnd[entry];
  }
}
