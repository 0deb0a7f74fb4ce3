package io.hanport.codec.p1;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The unit strings meters send (PROTOCOLS.md §1.6, §2, §3, §5), shared instead of allocated per
 * value, and the same literals the reading mapper's unit table holds.
 *
 * <p>A unit's bytes, packed into a long (first byte lowest), are its key in an open-addressing
 * table: one word load, one multiply and one compare per value instead of a byte loop whose
 * length varies from value to value, which cost a third of parsing a quantity.
 */
final class KnownUnits {

  private static final String[] UNITS = {
    "kWh", "kW", "kvarh", "kVArh", "kvar", "kVAr", "Wh", "W", "varh", "VArh", "var", "VAr", "V",
    "A", "m3", "GJ", "s", "kVA", "VA", "kVAh", "VAh", "Hz", "MWh", "MW"
  };

  private static final VarHandle LITTLE_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Open addressing stays fast while at most half the slots are used. */
  private static final int SLOTS = 64;

  /** Packed units with their length; 0 marks a free slot. */
  private static final long[] KEYS = new long[SLOTS];

  private static final String[] STRINGS = new String[SLOTS];

  static {
    for (String unit : UNITS) {
      byte[] bytes = unit.getBytes(StandardCharsets.ISO_8859_1);
      long key = key(bytes, 0, bytes.length);
      int slot = slot(key);
      while (KEYS[slot] != 0) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      KEYS[slot] = key;
      STRINGS[slot] = unit;
    }
  }

  private KnownUnits() {}

  /** The text of {@code raw[from, to)}: the shared string when it is a known unit. */
  static String intern(byte[] raw, int from, int to) {
    int length = to - from;
    if (length > 0 && length < Long.BYTES) {
      long key = key(raw, from, length);
      for (int slot = slot(key); KEYS[slot] != 0; slot = (slot + 1) & (SLOTS - 1)) {
        if (KEYS[slot] == key) {
          return STRINGS[slot];
        }
      }
    }
    return new String(raw, from, length, StandardCharsets.ISO_8859_1);
  }

  /** The bytes, with the length in the top byte: "kW" followed by a NUL is not "kW". */
  private static long key(byte[] raw, int from, int length) {
    return packed(raw, from, length) | (long) length << (Byte.SIZE * (Long.BYTES - 1));
  }

  /**
   * {@code length} (1 to 7) bytes in a long, first byte lowest. Loaded as one word where eight
   * bytes are there to load; a unit always is followed by at least ")" and the '!' line, so the
   * byte loop serves only the odd telegram that ends right after its last value.
   */
  private static long packed(byte[] raw, int from, int length) {
    if (from + Long.BYTES <= raw.length) {
      long word = (long) LITTLE_ENDIAN_LONGS.get(raw, from);
      return word & (-1L >>> (Byte.SIZE * (Long.BYTES - length)));
    }
    long key = 0;
    for (int i = length - 1; i >= 0; i--) {
      key = (key << Byte.SIZE) | (raw[from + i] & 0xFF);
    }
    return key;
  }

  private static int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 58);
  }
}
