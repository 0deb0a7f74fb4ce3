package io.hanport.app.sim;

import java.time.Instant;
import java.util.List;

/**
 * Everything a meter knows at one instant, before any wire format rounds it: what the encoders
 * turn into frames.
 *
 * @param phases L1, L2, L3, measured over the second before {@code time}
 * @param registers the registers at {@code time}
 * @param hourStart the last full hour at or before {@code time}
 * @param hourRegisters the registers at {@code hourStart}: what hourly lists carry
 * @param gasTime when the gas meter last reported (every 5 minutes)
 * @param gasMl the gas register at {@code gasTime}, in millilitres
 */
record MeterReadout(
    Instant time,
    List<PhaseReading> phases,
    PowerTotals totals,
    Registers registers,
    Tariff tariff,
    Instant hourStart,
    Registers hourRegisters,
    Instant gasTime,
    long gasMl) {

  MeterReadout {
    phases = List.copyOf(phases);
  }

  PhaseReading phase(int index) {
    return phases.get(index);
  }
}
