package io.hanport.app.sim;

/**
 * Everything that is always on or follows the occupants' day: lights, electronics, standby. The
 * shape is low at night, up at breakfast, down while at work, highest in the evening; each day is
 * scaled a little. Electronics' switched-mode supplies make it slightly capacitive.
 */
final class BaseLoad implements Appliance {

  /** Watts at each local hour 0..23 on a weekday; linear in between. */
  private static final int[] WEEKDAY_W = {
    190, 170, 160, 160, 160, 170, 260, 340, 300, 230, 220, 220,
    230, 220, 220, 240, 290, 380, 430, 450, 440, 400, 320, 240
  };
  /** At the weekend the occupants are home through the day. */
  private static final int[] WEEKEND_W = {
    210, 180, 165, 160, 160, 160, 170, 210, 300, 350, 340, 330,
    340, 320, 310, 320, 350, 400, 440, 460, 450, 410, 340, 260
  };
  /** L1 carries most sockets and lights; the split is what the electrician happened to wire. */
  private static final double[] PHASE_SHARE = {0.47, 0.33, 0.20};
  private static final double CAPACITIVE_VAR_PER_W = -0.07;
  private static final long DAY_SCALE_KEY = 0xBA5E;

  private final long seed;

  BaseLoad(long seed) {
    this.seed = seed;
  }

  @Override
  public void addLoad(Slot slot, LoadSum sum) {
    int[] curve = slot.weekend() ? WEEKEND_W : WEEKDAY_W;
    double hour = slot.localHour();
    int index = (int) hour;
    double fraction = hour - index;
    double watts = curve[index] * (1 - fraction) + curve[(index + 1) % 24] * fraction;
    watts *= SeedHash.between(seed, DAY_SCALE_KEY, slot.localEpochDay(), 0.85, 1.15);
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      int phaseW = (int) Math.round(watts * PHASE_SHARE[phase]);
      sum.add(phase, phaseW, (int) Math.round(phaseW * CAPACITIVE_VAR_PER_W));
    }
  }
}
