package io.hanport.app.sim;

import java.time.ZoneId;

/**
 * Luxembourg's Smarty (Sagemcom T210-D): a DSMR 4.2-like telegram in the line order and formats of
 * capture p1_openhab_smarty (reactive power and the power limit without a unit, as the meter
 * sends them), sealed in a general-glo-ciphering APDU with no framing around it (PROTOCOLS.md §4).
 */
final class SmartyEncoder implements FrameEncoder {

  static final String HEADER = "Lux5\\253663629_D";
  /** The customer's contracted power limit 0-0:17.0.0, in W; the capture's meter shows 77.376. */
  static final int POWER_LIMIT_W = 77_376;
  private static final String[] SAGS = {"1-0:32.32.0", "1-0:52.32.0", "1-0:72.32.0"};
  private static final String[] SWELLS = {"1-0:32.36.0", "1-0:52.36.0", "1-0:72.36.0"};

  private final MeterIdentity identity;
  private final ZoneId zone;
  private final GloCipher cipher;

  SmartyEncoder(MeterIdentity identity, ZoneId zone, GloCipher cipher) {
    this.identity = identity;
    this.zone = zone;
    this.cipher = cipher;
  }

  @Override
  public byte[] encode(Push push, MeterReadout readout) {
    return cipher.seal(plaintext(readout), readout.time());
  }

  /** The telegram inside the ciphering, with its own CRC (PROTOCOLS.md §4). */
  byte[] plaintext(MeterReadout readout) {
    P1TelegramWriter out = new P1TelegramWriter(HEADER);
    out.obis("1-3:0.2.8").value("42");
    out.obis("0-0:1.0.0").time(readout.time(), zone);
    out.obis("0-0:42.0.0").value(P1TelegramWriter.hex(identity.meterId()));
    Registers registers = readout.registers();
    out.obis("1-0:1.8.0").value(Registers.wh(registers.importWs()), 6, 3, "kWh");
    out.obis("1-0:2.8.0").value(Registers.wh(registers.exportWs()), 6, 3, "kWh");
    out.obis("1-0:3.8.0").value(Registers.wh(registers.reactiveImportVars()), 6, 3, "kvarh");
    out.obis("1-0:4.8.0").value(Registers.wh(registers.reactiveExportVars()), 6, 3, "kvarh");
    PowerTotals totals = readout.totals();
    out.obis("1-0:1.7.0").value(totals.activeImportW(), 2, 3, "kW");
    out.obis("1-0:2.7.0").value(totals.activeExportW(), 2, 3, "kW");
    out.obis("1-0:3.7.0").value(totals.reactiveImportVar(), 2, 3, "");
    out.obis("1-0:4.7.0").value(totals.reactiveExportVar(), 2, 3, "");
    out.obis("0-0:17.0.0").value(POWER_LIMIT_W, 2, 3, "");
    out.obis("0-0:96.3.10").value("1");
    out.obis("0-0:96.7.21").value(identity.powerFailures(), 5, 0, "");
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(SAGS[phase]).value(identity.sags().get(phase), 5, 0, "");
    }
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(SWELLS[phase]).value(identity.swells().get(phase), 5, 0, "");
    }
    for (String message : new String[] {"0-0:96.13.0", "0-0:96.13.2", "0-0:96.13.3",
        "0-0:96.13.4", "0-0:96.13.5"}) {
      out.obis(message).value("");
    }
    for (int phase = 0; phase < LoadSum.PHASES; phase++) {
      out.obis(SwedishP1Encoder.CURRENT[phase])
          .value(Math.round(readout.phase(phase).milliamps() / 1000.0), 3, 0, "A");
    }
    return out.finish();
  }
}
