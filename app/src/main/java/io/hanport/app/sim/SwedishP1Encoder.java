package io.hanport.app.sim;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.ToIntFunction;

/**
 * The Swedish branch recommendation telegram (PROTOCOLS.md §1.4, §1.6) in the line order and
 * number formats of the {@code /ELL5\253833635_A} reference telegram (capture
 * p1_se_ell5_hanporten_7945): energy 8.3 kWh, power 4.3 kW, voltage 3.1 V, current 3.1 A.
 */
final class SwedishP1Encoder implements FrameEncoder {

  static final String HEADER = "ELL5\\253833635_A";
  /** Swedish meters stay on normal time all year and always send W (PROTOCOLS.md §1.6). */
  static final ZoneId METER_CLOCK = ZoneOffset.ofHours(1);
  private static final String[] ACTIVE_IMPORT = {"1-0:21.7.0", "1-0:41.7.0", "1-0:61.7.0"};
  private static final String[] ACTIVE_EXPORT = {"1-0:22.7.0", "1-0:42.7.0", "1-0:62.7.0"};
  private static final String[] REACTIVE_IMPORT = {"1-0:23.7.0", "1-0:43.7.0", "1-0:63.7.0"};
  private static final String[] REACTIVE_EXPORT = {"1-0:24.7.0", "1-0:44.7.0", "1-0:64.7.0"};
  static final String[] VOLTAGE = {"1-0:32.7.0", "1-0:52.7.0", "1-0:72.7.0"};
  static final String[] CURRENT = {"1-0:31.7.0", "1-0:51.7.0", "1-0:71.7.0"};

  @Override
  public byte[] encode(Push push, MeterReadout readout) {
    P1TelegramWriter out = new P1TelegramWriter(HEADER);
    out.obis("0-0:1.0.0").time(readout.time(), METER_CLOCK);
    Registers registers = readout.registers();
    out.obis("1-0:1.8.0").value(Registers.wh(registers.importWs()), 8, 3, "kWh");
    out.obis("1-0:2.8.0").value(Registers.wh(registers.exportWs()), 8, 3, "kWh");
    out.obis("1-0:3.8.0").value(Registers.wh(registers.reactiveImportVars()), 8, 3, "kvarh");
    out.obis("1-0:4.8.0").value(Registers.wh(registers.reactiveExportVars()), 8, 3, "kvarh");
    PowerTotals totals = readout.totals();
    out.obis("1-0:1.7.0").value(totals.activeImportW(), 4, 3, "kW");
    out.obis("1-0:2.7.0").value(totals.activeExportW(), 4, 3, "kW");
    out.obis("1-0:3.7.0").value(totals.reactiveImportVar(), 4, 3, "kvar");
    out.obis("1-0:4.7.0").value(totals.reactiveExportVar(), 4, 3, "kvar");
    perPhase(out, readout, ACTIVE_IMPORT, PhaseReading::activeImportW, "kW");
    perPhase(out, readout, ACTIVE_EXPORT, PhaseReading::activeExportW, "kW");
    perPhase(out, readout, REACTIVE_IMPORT, PhaseReading::reactiveImportVar, "kvar");
    perPhase(out, readout, REACTIVE_EXPORT, PhaseReading::reactiveExportVar, "kvar");
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(VOLTAGE[phase]).value(readout.phase(phase).decivolts(), 3, 1, "V");
    }
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(CURRENT[phase]).value(tenthsOfAmpere(readout.phase(phase)), 3, 1, "A");
    }
    return out.finish();
  }

  /** One line per phase of a power in W or var, written in k-units 4.3. */
  private static void perPhase(P1TelegramWriter out, MeterReadout readout, String[] codes,
      ToIntFunction<PhaseReading> watts, String unit) {
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(codes[phase]).value(watts.applyAsInt(readout.phase(phase)), 4, 3, unit);
    }
  }

  static long tenthsOfAmpere(PhaseReading phase) {
    return Math.round(phase.milliamps() / 100.0);
  }
}
