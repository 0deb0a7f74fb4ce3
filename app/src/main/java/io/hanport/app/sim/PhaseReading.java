package io.hanport.app.sim;

/**
 * One phase as the meter measures it: active and reactive power split by direction (whole W and
 * var, as DSMR and the Swedish list send per phase), voltage in 0.1 V and current in mA, the finest
 * resolutions any profile sends.
 */
record PhaseReading(
    int activeImportW,
    int activeExportW,
    int reactiveImportVar,
    int reactiveExportVar,
    int decivolts,
    int milliamps) {

  /** Splits signed power (positive = from the grid) into the two directions a meter reports. */
  static PhaseReading of(int activeW, int reactiveVar, int decivolts) {
    return new PhaseReading(
        Math.max(0, activeW),
        Math.max(0, -activeW),
        Math.max(0, reactiveVar),
        Math.max(0, -reactiveVar),
        decivolts,
        GridVoltage.milliamps(activeW, reactiveVar, decivolts));
  }
}
