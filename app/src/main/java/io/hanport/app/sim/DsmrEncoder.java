package io.hanport.app.sim;

import java.time.ZoneId;
import java.util.function.ToIntFunction;

/**
 * A Dutch DSMR 5.0.2 telegram (PROTOCOLS.md §2) in the line order and formats of a real Iskra
 * AM550 (capture p1_openhab_iskra_am550): tariff registers 6.3 kWh, power 2.3 kW, voltage 3.1 V,
 * current in whole amperes as DSMR 5.0.2 specifies (F3(0,0)), and gas on M-Bus channel 1 with the
 * value and time of the gas meter's last 5-minute report.
 */
final class DsmrEncoder implements FrameEncoder {

  static final String HEADER = "ISK5\\2M550T-1012";
  private static final String[] SAGS = {"1-0:32.32.0", "1-0:52.32.0", "1-0:72.32.0"};
  private static final String[] SWELLS = {"1-0:32.36.0", "1-0:52.36.0", "1-0:72.36.0"};
  private static final String[] ACTIVE_IMPORT = {"1-0:21.7.0", "1-0:41.7.0", "1-0:61.7.0"};
  private static final String[] ACTIVE_EXPORT = {"1-0:22.7.0", "1-0:42.7.0", "1-0:62.7.0"};

  private final MeterIdentity identity;
  private final ZoneId zone;

  DsmrEncoder(MeterIdentity identity, ZoneId zone) {
    this.identity = identity;
    this.zone = zone;
  }

  @Override
  public byte[] encode(Push push, MeterReadout readout) {
    P1TelegramWriter out = new P1TelegramWriter(HEADER);
    out.obis("1-3:0.2.8").value("50");
    out.obis("0-0:1.0.0").time(readout.time(), zone);
    out.obis("0-0:96.1.1").value(P1TelegramWriter.hex(identity.meterId()));
    Registers registers = readout.registers();
    out.obis("1-0:1.8.1").value(Registers.wh(registers.importT1Ws()), 6, 3, "kWh");
    out.obis("1-0:1.8.2").value(Registers.wh(registers.importT2Ws()), 6, 3, "kWh");
    out.obis("1-0:2.8.1").value(Registers.wh(registers.exportT1Ws()), 6, 3, "kWh");
    out.obis("1-0:2.8.2").value(Registers.wh(registers.exportT2Ws()), 6, 3, "kWh");
    out.obis("0-0:96.14.0").value(readout.tariff().indicator());
    out.obis("1-0:1.7.0").value(readout.totals().activeImportW(), 2, 3, "kW");
    out.obis("1-0:2.7.0").value(readout.totals().activeExportW(), 2, 3, "kW");
    writeGridEvents(out);
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(SwedishP1Encoder.VOLTAGE[phase])
          .value(readout.phase(phase).decivolts(), 3, 1, "V");
    }
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(SwedishP1Encoder.CURRENT[phase])
          .value(Math.round(readout.phase(phase).milliamps() / 1000.0), 3, 0, "A");
    }
    perPhase(out, readout, ACTIVE_IMPORT, PhaseReading::activeImportW);
    perPhase(out, readout, ACTIVE_EXPORT, PhaseReading::activeExportW);
    out.obis("0-1:24.1.0").value("003");
    out.obis("0-1:96.1.0").value(P1TelegramWriter.hex(identity.gasMeterId()));
    out.obis("0-1:24.2.1").time(readout.gasTime(), zone).value(readout.gasMl() / 1000, 5, 3, "m3");
    return out.finish();
  }

  /** Failure counters, the failure log, sags and swells, and the empty text message. */
  private void writeGridEvents(P1TelegramWriter out) {
    out.obis("0-0:96.7.21").value(identity.powerFailures(), 5, 0, "");
    out.obis("0-0:96.7.9").value(identity.longPowerFailures(), 5, 0, "");
    out.obis("1-0:99.97.0").value(Integer.toString(identity.failureLog().size()))
        .value("0-0:96.7.19");
    for (MeterIdentity.PowerFailure failure : identity.failureLog()) {
      out.time(failure.end(), zone).value(failure.durationSeconds(), 10, 0, "s");
    }
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(SAGS[phase]).value(identity.sags().get(phase), 5, 0, "");
    }
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(SWELLS[phase]).value(identity.swells().get(phase), 5, 0, "");
    }
    out.obis("0-0:96.13.0").value("");
  }

  private static void perPhase(P1TelegramWriter out, MeterReadout readout, String[] codes,
      ToIntFunction<PhaseReading> watts) {
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(codes[phase]).value(watts.applyAsInt(readout.phase(phase)), 2, 3, "kW");
    }
  }
}
