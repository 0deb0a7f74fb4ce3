package io.hanport.app.sim;

import io.hanport.codec.obis.ObisCode;

/**
 * Norwegian Kamstrup lists (Kamstrup_V0001, PROTOCOLS.md §6.5): a structure holding the list id
 * and then flat (OBIS, value) pairs with B = 1, in the byte layout of captures
 * hdlc_no_kamstrup_list1_new_fw_roarfred and hdlc_no_kamstrup_list2_hourly_em001. No scalers on
 * the wire: power in W, current in 0.01 A, voltage in whole V, energy in 10 Wh (Norway). The
 * notification's date-time is {@code 0C}+12 (firmware after HAN-NVE doc rev 3.0, §6.3).
 */
final class KamstrupEncoder implements FrameEncoder {

  static final HdlcFrameWriter FRAMING =
      new HdlcFrameWriter(new byte[] {0x2B}, new byte[] {0x21}, 0x13, 0x00000000);
  private static final ObisCode[] CURRENT = {
    ObisCode.of(1, 1, 31, 7, 0), ObisCode.of(1, 1, 51, 7, 0), ObisCode.of(1, 1, 71, 7, 0)
  };
  private static final ObisCode[] VOLTAGE = {
    ObisCode.of(1, 1, 32, 7, 0), ObisCode.of(1, 1, 52, 7, 0), ObisCode.of(1, 1, 72, 7, 0)
  };

  private final MeterIdentity identity;
  private final CosemClock clock;

  KamstrupEncoder(MeterIdentity identity, CosemClock clock) {
    this.identity = identity;
    this.clock = clock;
  }

  @Override
  public byte[] encode(Push push, MeterReadout readout) {
    AxdrWriter body = new AxdrWriter();
    body.structure(push == Push.HOURLY ? 35 : 25);
    body.visibleString("Kamstrup_V0001");
    body.obis(ObisCode.of(1, 1, 0, 0, 5)).visibleString(identity.meterId());
    body.obis(ObisCode.of(1, 1, 96, 1, 1)).visibleString(identity.meterType());
    PowerTotals totals = readout.totals();
    body.obis(ObisCode.of(1, 1, 1, 7, 0)).doubleLongUnsigned(totals.activeImportW());
    body.obis(ObisCode.of(1, 1, 2, 7, 0)).doubleLongUnsigned(totals.activeExportW());
    body.obis(ObisCode.of(1, 1, 3, 7, 0)).doubleLongUnsigned(totals.reactiveImportVar());
    body.obis(ObisCode.of(1, 1, 4, 7, 0)).doubleLongUnsigned(totals.reactiveExportVar());
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      long centiamps = Math.round(readout.phase(phase).milliamps() / 10.0);
      body.obis(CURRENT[phase]).doubleLongUnsigned(centiamps);
    }
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      int volts = (int) Math.round(readout.phase(phase).decivolts() / 10.0);
      body.obis(VOLTAGE[phase]).longUnsigned(volts);
    }
    byte[] dateTime = clock.dateTime(readout.time());
    if (push == Push.HOURLY) {
      body.obis(ObisCode.of(0, 1, 1, 0, 0)).octetString(dateTime);
      Registers hour = readout.hourRegisters();
      register(body, ObisCode.of(1, 1, 1, 8, 0), hour.importWs());
      register(body, ObisCode.of(1, 1, 2, 8, 0), hour.exportWs());
      register(body, ObisCode.of(1, 1, 3, 8, 0), hour.reactiveImportVars());
      register(body, ObisCode.of(1, 1, 4, 8, 0), hour.reactiveExportVars());
    }
    byte[] dateTimeField = new byte[1 + dateTime.length];
    dateTimeField[0] = (byte) dateTime.length;
    System.arraycopy(dateTime, 0, dateTimeField, 1, dateTime.length);
    return FRAMING.frame(dateTimeField, body.toByteArray());
  }

  /** An energy register in 10 Wh (or 10 varh), the Norwegian scale of Kamstrup_V0001. */
  private static void register(AxdrWriter body, ObisCode code, long integral) {
    body.obis(code).doubleLongUnsigned(AidonEncoder.tensOfWh(integral));
  }
}
