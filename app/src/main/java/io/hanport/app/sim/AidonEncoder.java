package io.hanport.app.sim;

import io.hanport.codec.obis.ObisCode;

/**
 * Norwegian Aidon lists (AIDON_V0001, PROTOCOLS.md §6.5): an array of structures {OBIS, value,
 * scaler-unit}, in the byte layout of capture hdlc_no_aidon6534_list3_gh1119_1. Currents are signed
 * longs in 0.1 A, voltages unsigned longs in 0.1 V, energies in 10 Wh (scaler +1) as in Norway.
 * The notification carries no date-time (00); list 3 carries the clock of the hour it closes.
 */
final class AidonEncoder implements FrameEncoder {

  static final HdlcFrameWriter FRAMING =
      new HdlcFrameWriter(new byte[] {0x41}, new byte[] {0x08, (byte) 0x83}, 0x13, 0x40000000);
  private static final byte[] NO_DATE_TIME = {0x00};
  private static final int UNIT_W = 27;
  private static final int UNIT_VAR = 29;
  private static final int UNIT_WH = 30;
  private static final int UNIT_VARH = 32;
  private static final int UNIT_A = 33;
  private static final int UNIT_V = 35;
  private static final ObisCode[] CURRENT = {
    ObisCode.of(1, 0, 31, 7, 0), ObisCode.of(1, 0, 51, 7, 0), ObisCode.of(1, 0, 71, 7, 0)
  };
  private static final ObisCode[] VOLTAGE = {
    ObisCode.of(1, 0, 32, 7, 0), ObisCode.of(1, 0, 52, 7, 0), ObisCode.of(1, 0, 72, 7, 0)
  };

  private final MeterIdentity identity;
  private final CosemClock clock;

  AidonEncoder(MeterIdentity identity, CosemClock clock) {
    this.identity = identity;
    this.clock = clock;
  }

  @Override
  public byte[] encode(Push push, MeterReadout readout) {
    AxdrWriter body = new AxdrWriter();
    PowerTotals totals = readout.totals();
    if (push == Push.POWER) {
      body.array(1);
      register(body, ObisCode.of(1, 0, 1, 7, 0), totals.activeImportW(), 0, UNIT_W);
      return FRAMING.frame(NO_DATE_TIME, body.toByteArray());
    }
    body.array(push == Push.HOURLY ? 18 : 13);
    text(body, new ObisCode(1, 1, 0, 2, 129, 255), "AIDON_V0001");
    text(body, ObisCode.of(0, 0, 96, 1, 0), identity.meterId());
    text(body, ObisCode.of(0, 0, 96, 1, 7), identity.meterType());
    register(body, ObisCode.of(1, 0, 1, 7, 0), totals.activeImportW(), 0, UNIT_W);
    register(body, ObisCode.of(1, 0, 2, 7, 0), totals.activeExportW(), 0, UNIT_W);
    register(body, ObisCode.of(1, 0, 3, 7, 0), totals.reactiveImportVar(), 0, UNIT_VAR);
    register(body, ObisCode.of(1, 0, 4, 7, 0), totals.reactiveExportVar(), 0, UNIT_VAR);
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      int deciamps = (int) Math.round(readout.phase(phase).milliamps() / 100.0);
      body.structure(3).obis(CURRENT[phase]).longSigned(deciamps).scalerUnit(-1, UNIT_A);
    }
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      int decivolts = readout.phase(phase).decivolts();
      body.structure(3).obis(VOLTAGE[phase]).longUnsigned(decivolts).scalerUnit(-1, UNIT_V);
    }
    if (push == Push.HOURLY) {
      writeHour(body, readout);
    }
    return FRAMING.frame(NO_DATE_TIME, body.toByteArray());
  }

  /** List 3: the clock of the hour start and the registers at that instant, in 10 Wh. */
  private void writeHour(AxdrWriter body, MeterReadout readout) {
    body.structure(2).obis(ObisCode.of(0, 0, 1, 0, 0))
        .octetString(clock.dateTime(readout.hourStart()));
    Registers hour = readout.hourRegisters();
    register(body, ObisCode.of(1, 0, 1, 8, 0), tensOfWh(hour.importWs()), 1, UNIT_WH);
    register(body, ObisCode.of(1, 0, 2, 8, 0), tensOfWh(hour.exportWs()), 1, UNIT_WH);
    register(body, ObisCode.of(1, 0, 3, 8, 0), tensOfWh(hour.reactiveImportVars()), 1, UNIT_VARH);
    register(body, ObisCode.of(1, 0, 4, 8, 0), tensOfWh(hour.reactiveExportVars()), 1, UNIT_VARH);
  }

  private static void text(AxdrWriter body, ObisCode code, String value) {
    body.structure(2).obis(code).visibleString(value);
  }

  private static void register(AxdrWriter body, ObisCode code, long value, int scaler, int unit) {
    body.structure(3).obis(code).doubleLongUnsigned(value).scalerUnit(scaler, unit);
  }

  static long tensOfWh(long ws) {
    return Registers.wh(ws) / 10;
  }
}
