package io.hanport.app.sim;

/**
 * Accumulates what the household draws in one slot: active and reactive power per phase, in whole
 * watts and vars (positive = drawn from the grid), and gas flow. Whole watts per phase are the
 * model's unit so that the phases add up exactly to the total a meter shows with W resolution.
 */
final class LoadSum {

  static final int PHASES = 3;

  private final int[] activeW = new int[PHASES];
  private final int[] reactiveVar = new int[PHASES];
  private int gasMlPerHour;

  /** Adds to one phase, 0 = L1. */
  void add(int phase, int watts, int vars) {
    activeW[phase] += watts;
    reactiveVar[phase] += vars;
  }

  /** Adds a balanced three-phase load; the watts that do not divide by three go to L1. */
  void addThreePhase(int totalWatts, int totalVars) {
    for (int phase = 0; phase < PHASES; phase++) {
      add(phase, share(totalWatts, phase), share(totalVars, phase));
    }
  }

  void addGas(int mlPerHour) {
    gasMlPerHour += mlPerHour;
  }

  int activeW(int phase) {
    return activeW[phase];
  }

  int reactiveVar(int phase) {
    return reactiveVar[phase];
  }

  int gasMlPerHour() {
    return gasMlPerHour;
  }

  private static int share(int total, int phase) {
    int third = total / PHASES;
    return phase == 0 ? total - 2 * third : third;
  }
}
