package io.hanport.app.store;

/**
 * A reading as register differences see it: its time, its energy registers in mWh (absent when the
 * reading carried none, as Aidon's 2.5-second list 1 does) and the meter's identity.
 *
 * @param identity hash of {@code meter_id}, else of the DSMR header, else null: what a meter swap
 *     changes. A hash, because every raw row carries it and only equality matters; the texts are
 *     kept per segment.
 */
record RegisterPoint(long ts, Long importMilliWh, Long exportMilliWh, Integer identity) {

  boolean hasRegisters() {
    return importMilliWh != null || exportMilliWh != null;
  }
}
