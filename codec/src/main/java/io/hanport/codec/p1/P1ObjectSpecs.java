package io.hanport.codec.p1;

import io.hanport.codec.obis.ObisCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The P1 objects the decoder types explicitly, keyed by OBIS code: the union of the Swedish branch
 * recommendation list (PROTOCOLS.md §1.6), DSMR 2.2–5.0 (§2), Belgian e-MUCS (§3), Luxembourg
 * Smarty (§4), Austria, Hungary and Poland (§5). Meter specifics are this data, not branches.
 *
 * <p>A code missing here is still decoded (see {@link P1Values#unknown}). Lookup is by a packed
 * {@code long} key in an open-addressing table, so that the hot path allocates nothing for a known
 * code and shares one {@link ObisCode} instance per code.
 */
final class P1ObjectSpecs {

  /** DSMR M-Bus channels 1..4 (installation order, DSMR5 §6.12) live in value group B. */
  private static final int MBUS_CHANNELS = 4;

  private static final P1ObjectSpecs TABLE = new P1ObjectSpecs()
      // Identification and clock
      .text("1-3:0.2.8", "DSMR version")
      .text("0-0:96.1.4", "e-MUCS version (Belgium)")
      .text("0-0:1.0.0", "meter date-time, YYMMDDhhmmssX (X = W winter, S summer)")
      .text("0-0:96.1.1", "equipment identifier, hex-encoded ASCII")
      .text("0-0:96.1.0", "equipment identifier (Poland, Slovenia)")
      .text("0-0:42.0.0", "COSEM logical device name, hex (Luxembourg Smarty)")
      .text("1-0:0.0.0", "device id (EasyMeter)")
      .text("0-0:96.14.0", "tariff indicator")
      .text("0-0:96.3.10", "breaker state")
      .text("0-0:96.13.0", "text message, hex-encoded")
      .text("0-0:96.13.1", "text message code (DSMR 3/4)")
      .text("0-0:96.13.2", "text message 2 (Smarty)")
      .text("0-0:96.13.3", "text message 3 (Smarty)")
      .text("0-0:96.13.4", "text message 4 (Smarty)")
      .text("0-0:96.13.5", "text message 5 (Smarty)")
      .text("0-0:96.50.68", "meter state (Hungary)")
      // Energy registers
      .quantities("1-0:1.8.", 0, 4, "active energy import (A+), total then tariffs 1..4")
      .quantities("1-0:2.8.", 0, 4, "active energy export (A-), total then tariffs 1..4")
      .quantities("1-0:3.8.", 0, 2, "reactive energy import (R+), total then tariffs")
      .quantities("1-0:4.8.", 0, 2, "reactive energy export (R-), total then tariffs")
      .quantity("1-0:5.8.0", "reactive energy quadrant I (Hungary)")
      .quantity("1-0:6.8.0", "reactive energy quadrant II (Hungary)")
      .quantity("1-0:7.8.0", "reactive energy quadrant III (Hungary)")
      .quantity("1-0:8.8.0", "reactive energy quadrant IV (Hungary)")
      .quantity("1-0:15.8.0", "combined active energy (Hungary)")
      // Power, all phases and per phase
      .quantity("1-0:1.7.0", "active power import")
      .quantity("1-0:2.7.0", "active power export")
      .quantity("1-0:3.7.0", "reactive power import")
      .quantity("1-0:4.7.0", "reactive power export")
      .quantity("1-0:21.7.0", "active power import L1")
      .quantity("1-0:41.7.0", "active power import L2")
      .quantity("1-0:61.7.0", "active power import L3")
      .quantity("1-0:22.7.0", "active power export L1")
      .quantity("1-0:42.7.0", "active power export L2")
      .quantity("1-0:62.7.0", "active power export L3")
      .quantity("1-0:23.7.0", "reactive power import L1")
      .quantity("1-0:43.7.0", "reactive power import L2")
      .quantity("1-0:63.7.0", "reactive power import L3")
      .quantity("1-0:24.7.0", "reactive power export L1")
      .quantity("1-0:44.7.0", "reactive power export L2")
      .quantity("1-0:64.7.0", "reactive power export L3")
      // Voltage, current, power quality
      .quantity("1-0:32.7.0", "voltage L1")
      .quantity("1-0:52.7.0", "voltage L2")
      .quantity("1-0:72.7.0", "voltage L3")
      .quantity("1-0:31.7.0", "current L1")
      .quantity("1-0:51.7.0", "current L2")
      .quantity("1-0:71.7.0", "current L3")
      .quantity("1-0:14.7.0", "frequency (Hungary)")
      .quantity("1-0:13.7.0", "power factor (Hungary)")
      .quantity("1-0:33.7.0", "power factor L1 (Hungary)")
      .quantity("1-0:53.7.0", "power factor L2 (Hungary)")
      .quantity("1-0:73.7.0", "power factor L3 (Hungary)")
      .quantity("1-0:32.32.0", "voltage sags L1")
      .quantity("1-0:52.32.0", "voltage sags L2")
      .quantity("1-0:72.32.0", "voltage sags L3")
      .quantity("1-0:32.36.0", "voltage swells L1")
      .quantity("1-0:52.36.0", "voltage swells L2")
      .quantity("1-0:72.36.0", "voltage swells L3")
      .quantity("0-0:96.7.21", "power failures, any phase")
      .quantity("0-0:96.7.9", "long power failures, any phase")
      .log("1-0:99.97.0", "power-failure event log: (n)(0-0:96.7.19)(TST)(duration*s)...")
      // Belgian demand registers and limits (e-MUCS, PROTOCOLS.md §3)
      .quantity("1-0:1.4.0", "current average demand (quarter hour)")
      .captured("1-0:1.6.0", "maximum demand this month: (TST)(value*kW)")
      .log("0-0:98.1.0", "13-month maximum demand history (Belgium); billing snapshot (Hungary)")
      .quantity("0-0:17.0.0", "limiter threshold")
      .quantity("1-0:31.4.0", "fuse supervision threshold L1")
      // M-Bus sub-meters, channels 1..4 (DSMR5 §6.12)
      .mbusText("24.1.0", "M-Bus device type (003 gas, 007 water, 004 heat)")
      .mbusText("96.1.0", "M-Bus equipment identifier")
      .mbusText("96.1.1", "M-Bus equipment identifier (Belgium)")
      .mbusText("24.4.0", "M-Bus valve position")
      .mbusCaptured("24.2.1", "M-Bus reading: (TST)(value*unit)")
      .mbusCaptured("24.2.3", "M-Bus gas reading, not temperature corrected (Belgium)")
      .mbusProfile("24.3.0", "DSMR 2.2/3 gas profile, value on the next line");

  /** Open addressing stays fast while at most half the slots are used. */
  private static final int SLOTS = 256;

  private final long[] keys = new long[SLOTS];
  private final P1ObjectSpec[] specs = new P1ObjectSpec[SLOTS];
  private int size;

  private P1ObjectSpecs() {}

  /** The spec of the code packed by {@link #key}, or null when the table does not know it. */
  static P1ObjectSpec lookup(long key) {
    return TABLE.find(key);
  }

  /** Packs value groups A..F into one long (8 bits each), the table's key. */
  static long key(int a, int b, int c, int d, int e, int f) {
    return ((long) a << 40) | ((long) b << 32) | ((long) c << 24) | ((long) d << 16)
        | ((long) e << 8) | f;
  }

  /** Every spec of the table, for tables keyed otherwise ({@link P1CodeTexts}). */
  static List<P1ObjectSpec> all() {
    List<P1ObjectSpec> all = new ArrayList<>();
    for (P1ObjectSpec spec : TABLE.specs) {
      if (spec != null) {
        all.add(spec);
      }
    }
    return all;
  }

  static ObisCode codeOf(long key) {
    return new ObisCode((int) (key >>> 40) & 0xFF, (int) (key >>> 32) & 0xFF,
        (int) (key >>> 24) & 0xFF, (int) (key >>> 16) & 0xFF, (int) (key >>> 8) & 0xFF,
        (int) key & 0xFF);
  }

  private P1ObjectSpec find(long key) {
    int mask = keys.length - 1;
    for (int slot = slot(key); specs[slot] != null; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return specs[slot];
      }
    }
    return null;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 56) & (keys.length - 1);
  }

  private P1ObjectSpecs put(ObisCode code, P1ValueKind kind, String meaning) {
    if (++size > SLOTS / 2) {
      throw new IllegalStateException("P1 object table over half full: raise SLOTS");
    }
    long key = key(code.a(), code.b(), code.c(), code.d(), code.e(), code.f());
    int slot = slot(key);
    while (specs[slot] != null) {
      slot = (slot + 1) & (keys.length - 1);
    }
    keys[slot] = key;
    specs[slot] = new P1ObjectSpec(code, kind, meaning);
    return this;
  }

  private P1ObjectSpecs text(String code, String meaning) {
    return put(ObisCode.parse(code), P1ValueKind.TEXT, meaning);
  }

  private P1ObjectSpecs quantity(String code, String meaning) {
    return put(ObisCode.parse(code), P1ValueKind.QUANTITY, meaning);
  }

  private P1ObjectSpecs quantities(String prefix, int first, int last, String meaning) {
    for (int e = first; e <= last; e++) {
      quantity(prefix + e, meaning);
    }
    return this;
  }

  private P1ObjectSpecs captured(String code, String meaning) {
    return put(ObisCode.parse(code), P1ValueKind.CAPTURED_QUANTITY, meaning);
  }

  private P1ObjectSpecs log(String code, String meaning) {
    return put(ObisCode.parse(code), P1ValueKind.LOG, meaning);
  }

  private P1ObjectSpecs mbusText(String cde, String meaning) {
    return mbus(cde, P1ValueKind.TEXT, meaning);
  }

  private P1ObjectSpecs mbusCaptured(String cde, String meaning) {
    return mbus(cde, P1ValueKind.CAPTURED_QUANTITY, meaning);
  }

  private P1ObjectSpecs mbusProfile(String cde, String meaning) {
    return mbus(cde, P1ValueKind.PROFILE_ON_NEXT_LINE, meaning);
  }

  private P1ObjectSpecs mbus(String cde, P1ValueKind kind, String meaning) {
    for (int channel = 1; channel <= MBUS_CHANNELS; channel++) {
      put(ObisCode.parse("0-" + channel + ":" + cde), kind, meaning + ", channel " + channel);
    }
    return this;
  }
}
