package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.obis.ObisCode;

/**
 * The OBIS codes of one meter's lists, made once: a list repeats the same 20 to 60 codes every few
 * seconds, and making them anew would be a tenth of the decoding time. Bounded; codes beyond its
 * capacity are simply made each time. Not thread-safe: one per {@link ProfileMapper}.
 */
final class ObisCodes {

  private static final int CAPACITY = 512;
  private static final int PROBES = 8;

  /** Each code's six bytes as a number plus one; 0 marks a free slot. */
  private final long[] keys = new long[CAPACITY];

  private final ObisCode[] codes = new ObisCode[CAPACITY];

  /** The code in the 6-byte octet string at {@code node}. */
  ObisCode of(AxdrTree tree, int node) {
    byte[] source = tree.source();
    int start = tree.start(node);
    long key = 1;
    for (int i = 0; i < 6; i++) {
      key = key << 8 | (source[start + i] & 0xFF);
    }
    int slot = (int) (key ^ key >>> 17 ^ key >>> 31) & (CAPACITY - 1);
    for (int probe = 0; probe < PROBES; probe++) {
      int at = (slot + probe) & (CAPACITY - 1);
      if (keys[at] == key) {
        return codes[at];
      }
      if (keys[at] == 0) {
        keys[at] = key;
        codes[at] = ObisCode.fromBytes(source, start);
        return codes[at];
      }
    }
    return ObisCode.fromBytes(source, start);
  }
}
