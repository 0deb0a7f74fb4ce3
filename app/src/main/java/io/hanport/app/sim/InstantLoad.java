package io.hanport.app.sim;

/**
 * What the household draws in one second: whole watts and vars per phase (positive = from the
 * grid, negative = fed in) and gas flow. The totals are exact sums of the phases.
 */
record InstantLoad(int[] activeW, int[] reactiveVar, int gasMlPerHour) {

  int activeW(int phase) {
    return activeW[phase];
  }

  int reactiveVar(int phase) {
    return reactiveVar[phase];
  }

  int netActiveW() {
    return activeW[0] + activeW[1] + activeW[2];
  }

  int netReactiveVar() {
    return reactiveVar[0] + reactiveVar[1] + reactiveVar[2];
  }
}
