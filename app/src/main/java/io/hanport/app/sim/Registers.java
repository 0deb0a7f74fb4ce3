package io.hanport.app.sim;

/**
 * A meter's cumulative registers as exact integrals: watt-seconds and var-seconds, split by tariff
 * where the meter keeps tariffs (DSMR 1.8.1/1.8.2). Encoders round down to their resolution only
 * when they write a frame, so rounding never accumulates.
 */
record Registers(
    long importT1Ws,
    long importT2Ws,
    long exportT1Ws,
    long exportT2Ws,
    long reactiveImportVars,
    long reactiveExportVars) {

  static final long WS_PER_WH = 3600;

  /** Registers given in whole Wh and varh, all on tariff 1: a meter without tariffs. */
  static Registers ofWh(long importWh, long exportWh, long reactiveImportVarh,
      long reactiveExportVarh) {
    return new Registers(importWh * WS_PER_WH, 0, exportWh * WS_PER_WH, 0,
        reactiveImportVarh * WS_PER_WH, reactiveExportVarh * WS_PER_WH);
  }

  long importWs() {
    return importT1Ws + importT2Ws;
  }

  long exportWs() {
    return exportT1Ws + exportT2Ws;
  }

  /** Whole Wh, rounded down as a meter's display does. */
  static long wh(long ws) {
    return Math.floorDiv(ws, WS_PER_WH);
  }
}
