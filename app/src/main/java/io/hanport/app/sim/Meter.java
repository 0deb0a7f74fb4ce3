package io.hanport.app.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The meter on the household: integrates the household's power second by second into exact
 * registers (net metering: in any second the import or the export register grows, never both) and
 * keeps the snapshots that hourly lists and the gas channel report. Stateful, moving forward only.
 */
final class Meter {

  private static final int SECONDS_PER_HOUR = 3600;
  private static final int GAS_INTERVAL_SECONDS = 300;

  private final Household household;
  private final GridVoltage grid;
  private final Tariff.Calendar calendar;
  private final long[] importWs = new long[2];
  private final long[] exportWs = new long[2];
  private long reactiveImportVars;
  private long reactiveExportVars;
  private long gasMlSecondsPerHour;
  private long position;
  private Tariff tariff;
  private long hourStart = Long.MIN_VALUE;
  private Registers hourRegisters;
  private long gasTime = Long.MIN_VALUE;
  private long gasMl;

  /**
   * Starts counting at the full hour before {@code start} from {@code initial}, so the first
   * hourly list already carries an exact hour-start snapshot.
   */
  Meter(Household household, GridVoltage grid, Tariff.Calendar calendar, Registers initial,
      long initialGasMl, Instant start) {
    this.household = household;
    this.grid = grid;
    this.calendar = calendar;
    importWs[0] = initial.importT1Ws();
    importWs[1] = initial.importT2Ws();
    exportWs[0] = initial.exportT1Ws();
    exportWs[1] = initial.exportT2Ws();
    reactiveImportVars = initial.reactiveImportVars();
    reactiveExportVars = initial.reactiveExportVars();
    gasMlSecondsPerHour = initialGasMl * SECONDS_PER_HOUR;
    position = Math.floorDiv(start.getEpochSecond(), SECONDS_PER_HOUR) * SECONDS_PER_HOUR;
    advanceTo(start.getEpochSecond());
  }

  /** Integrates every second before {@code epochSecond}. */
  void advanceTo(long epochSecond) {
    for (; position < epochSecond; position++) {
      takeSnapshots();
      int slot = tariff == Tariff.LOW ? 0 : 1;
      int net = household.netActiveW(position);
      if (net >= 0) {
        importWs[slot] += net;
      } else {
        exportWs[slot] -= net;
      }
      int reactive = household.netReactiveVar(position);
      if (reactive >= 0) {
        reactiveImportVars += reactive;
      } else {
        reactiveExportVars -= reactive;
      }
      gasMlSecondsPerHour += household.gasMlPerHour(position);
    }
  }

  /** What the meter shows at {@code time}: power measured over the second before it. */
  MeterReadout readout(Instant time) {
    long second = time.getEpochSecond();
    if (second < position) {
      throw new IllegalArgumentException("the meter moves forward only: " + time);
    }
    advanceTo(second);
    takeSnapshots();
    InstantLoad load = household.load(second - 1);
    List<PhaseReading> phases = new ArrayList<>(LoadSum.PHASES);
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      int active = load.activeW(phase);
      int volts = grid.decivolts(second - 1, phase, active);
      phases.add(PhaseReading.of(active, load.reactiveVar(phase), volts));
    }
    return new MeterReadout(time, phases, PowerTotals.netOf(phases), registers(), tariff,
        Instant.ofEpochSecond(hourStart), hourRegisters, Instant.ofEpochSecond(gasTime), gasMl);
  }

  Registers registers() {
    return new Registers(importWs[0], importWs[1], exportWs[0], exportWs[1],
        reactiveImportVars, reactiveExportVars);
  }

  /** Hour-start registers, the 5-minute gas value and the tariff, taken on their boundaries. */
  private void takeSnapshots() {
    if (Math.floorMod(position, SECONDS_PER_HOUR) == 0 && hourStart != position) {
      hourStart = position;
      hourRegisters = registers();
      tariff = calendar.at(position);
    }
    if (Math.floorMod(position, GAS_INTERVAL_SECONDS) == 0 && gasTime != position) {
      gasTime = position;
      gasMl = gasMlSecondsPerHour / SECONDS_PER_HOUR;
    }
  }
}
