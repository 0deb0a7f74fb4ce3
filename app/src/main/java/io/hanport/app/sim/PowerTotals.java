package io.hanport.app.sim;

import java.util.List;

/** All-phase power by direction (1-0:1.7.0, 2.7.0, 3.7.0, 4.7.0), in W and var. */
record PowerTotals(
    int activeImportW, int activeExportW, int reactiveImportVar, int reactiveExportVar) {

  /**
   * The net of the phases, as a meter that sums phases before it splits by direction does: a phase
   * fed by solar offsets the other phases' draw, so import and export are never both non-zero.
   */
  static PowerTotals netOf(List<PhaseReading> phases) {
    int active = 0;
    int reactive = 0;
    for (PhaseReading phase : phases) {
      active += phase.activeImportW() - phase.activeExportW();
      reactive += phase.reactiveImportVar() - phase.reactiveExportVar();
    }
    return new PowerTotals(
        Math.max(0, active), Math.max(0, -active), Math.max(0, reactive), Math.max(0, -reactive));
  }
}
