package io.hanport.app.sim;

/**
 * What the household draws in one second, per phase: whole watts and vars, positive = from the
 * grid, negative = fed in.
 */
final class InstantLoad {

  private final int[] activeW;
  private final int[] reactiveVar;

  InstantLoad(int[] activeW, int[] reactiveVar) {
    this.activeW = activeW.clone();
    this.reactiveVar = reactiveVar.clone();
  }

  int activeW(int phase) {
    return activeW[phase];
  }

  int reactiveVar(int phase) {
    return reactiveVar[phase];
  }
}
