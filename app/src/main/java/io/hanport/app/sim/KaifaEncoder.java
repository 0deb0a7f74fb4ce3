package io.hanport.app.sim;

/**
 * Norwegian Kaifa lists (KFM_001, PROTOCOLS.md §6.5): a structure of bare values whose position
 * names them, in the byte layout of captures hdlc_no_kaifa_list1_roarfred and
 * hdlc_no_kaifa_list2_roarfred. Every number is a double-long-unsigned: power in W, current in mA,
 * voltage in 0.1 V, energy in Wh. The notification's date-time is written {@code 09 0C}+12.
 */
final class KaifaEncoder implements FrameEncoder {

  static final HdlcFrameWriter FRAMING =
      new HdlcFrameWriter(new byte[] {0x01}, new byte[] {0x02, 0x01}, 0x10, 0x40000000);

  private final MeterIdentity identity;
  private final CosemClock clock;

  KaifaEncoder(MeterIdentity identity, CosemClock clock) {
    this.identity = identity;
    this.clock = clock;
  }

  @Override
  public byte[] encode(Push push, MeterReadout readout) {
    AxdrWriter body = new AxdrWriter();
    PowerTotals totals = readout.totals();
    if (push == Push.POWER) {
      body.structure(1).doubleLongUnsigned(totals.activeImportW());
      return FRAMING.frame(dateTimeField(readout), body.toByteArray());
    }
    body.structure(push == Push.HOURLY ? 18 : 13);
    body.asciiOctetString("KFM_001");
    body.asciiOctetString(identity.meterId());
    body.asciiOctetString(identity.meterType());
    body.doubleLongUnsigned(totals.activeImportW());
    body.doubleLongUnsigned(totals.activeExportW());
    body.doubleLongUnsigned(totals.reactiveImportVar());
    body.doubleLongUnsigned(totals.reactiveExportVar());
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      body.doubleLongUnsigned(readout.phase(phase).milliamps());
    }
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      body.doubleLongUnsigned(readout.phase(phase).decivolts());
    }
    if (push == Push.HOURLY) {
      body.octetString(clock.dateTime(readout.time()));
      Registers hour = readout.hourRegisters();
      body.doubleLongUnsigned(Registers.wh(hour.importWs()));
      body.doubleLongUnsigned(Registers.wh(hour.exportWs()));
      body.doubleLongUnsigned(Registers.wh(hour.reactiveImportVars()));
      body.doubleLongUnsigned(Registers.wh(hour.reactiveExportVars()));
    }
    return FRAMING.frame(dateTimeField(readout), body.toByteArray());
  }

  private byte[] dateTimeField(MeterReadout readout) {
    return new AxdrWriter().octetString(clock.dateTime(readout.time())).toByteArray();
  }
}
