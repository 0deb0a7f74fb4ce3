package io.hanport.app.store;

/**
 * A reading as register differences see it: its time, its energy registers in mWh (absent when
 * the reading carried none, as Aidon's 2.5-second list 1 does) and the meter's identity.
 *
 * @param identity {@code meter_id}, else the DSMR header, else null: what a meter swap changes
 */
record RegisterPoint(long ts, Long importMilliWh, Long exportMilliWh, String identity) {

  boolean hasRegisters() {
    return importMilliWh != null || exportMilliWh != null;
  }
}
