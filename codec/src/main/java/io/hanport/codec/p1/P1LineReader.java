package io.hanport.codec.p1;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Reason;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the data lines of one telegram, {@code A-B:C.D.E(value)(value)…}, straight from its bytes.
 *
 * <p>One instance per telegram. Tolerances (PROTOCOLS.md §7.2): blank lines anywhere, including
 * none after the header; CR LF or LF; 0x02, 0xFF and other control bytes before a code (an IEC
 * 62056-21 STX opens the data block); {@code .255} or {@code *255} after the code; a value wrapped
 * over two lines inside its parentheses (openHAB dsmr_42 {@code 96.13.0}); and a line that holds
 * only value groups, which continue the previous object (DSMR 2.2/3 gas value on the next line).
 */
final class P1LineReader {

  private static final byte OPEN = '(';
  private static final byte CLOSE = ')';
  private static final byte[] SEPARATORS = {'-', ':', '.', '.'};
  /** Value group F when the code omits it, as Swedish and DSMR telegrams do (§1.4). */
  private static final int UNUSED_F = 255;

  private final byte[] raw;
  private final int end;
  private final P1ObjectBuilder builder;
  private int pos;
  private int[] groupBounds = new int[32];
  private boolean[] groupWrapped = new boolean[16];
  private int groupCount;
  private long pendingKey = -1;

  /** Reads {@code raw[from, end)}, where {@code end} is the index of the telegram's {@code !}. */
  P1LineReader(byte[] raw, int from, int end) {
    this.raw = raw;
    this.pos = from;
    this.end = end;
    this.builder = new P1ObjectBuilder(raw);
  }

  void readObjects(List<CosemObject> objects) throws DecodeException {
    while (skipToContent()) {
      if (raw[pos] == OPEN) {
        if (pendingKey < 0) {
          throw malformed("value groups without an OBIS code");
        }
      } else {
        flushPending(objects);
        pendingKey = readObisCode();
      }
      readValueGroups();
      expectLineEnd();
    }
    flushPending(objects);
  }

  private void flushPending(List<CosemObject> objects) {
    if (pendingKey >= 0) {
      objects.add(builder.build(pendingKey, groupBounds, groupWrapped, groupCount));
      groupCount = 0;
      pendingKey = -1;
    }
  }

  /** Skips line ends, blanks and control or high bytes; false at the telegram's end. */
  private boolean skipToContent() {
    while (pos < end && isFiller(raw[pos])) {
      pos++;
    }
    return pos < end;
  }

  /** {@code A-B:C.D.E} with an optional {@code .F} or {@code *F}, directly followed by '('. */
  private long readObisCode() throws DecodeException {
    int start = pos;
    long key = 0;
    for (int group = 0; group < 6; group++) {
      int value = readGroupValue();
      if (value < 0) {
        throw malformedAt(start, "not an OBIS code");
      }
      key = (key << 8) | value;
      byte next = pos < end ? raw[pos] : 0;
      if (group >= 4 && next == OPEN) {
        return group == 4 ? (key << 8) | UNUSED_F : key;
      }
      boolean separated =
          group < 4 ? next == SEPARATORS[group] : group == 4 && (next == '.' || next == '*');
      if (!separated) {
        break;
      }
      pos++;
    }
    throw malformedAt(start, "not an OBIS code followed by '('");
  }

  /** One value group of an OBIS code, 0..255, or -1. */
  private int readGroupValue() {
    int digitsStart = pos;
    int value = 0;
    while (pos < end && raw[pos] >= '0' && raw[pos] <= '9' && value <= 255) {
      value = value * 10 + (raw[pos++] - '0');
    }
    return pos == digitsStart || value > 255 ? -1 : value;
  }

  /** Value groups {@code (…)}; a group may span a line break but never holds '('. */
  private void readValueGroups() throws DecodeException {
    while (pos < end && raw[pos] == OPEN) {
      int start = ++pos;
      boolean wrapped = false;
      while (pos < end && raw[pos] != CLOSE) {
        byte b = raw[pos];
        if (b == OPEN) {
          throw malformedAt(start - 1, "value group opened inside a value group");
        }
        wrapped |= b == '\r' || b == '\n';
        pos++;
      }
      if (pos == end) {
        throw malformedAt(start - 1, "value group without ')'");
      }
      addGroup(start, pos++, wrapped);
    }
  }

  private void addGroup(int from, int to, boolean wrapped) {
    if (groupCount == groupWrapped.length) {
      groupWrapped = Arrays.copyOf(groupWrapped, groupCount * 2);
      groupBounds = Arrays.copyOf(groupBounds, groupCount * 4);
    }
    groupBounds[2 * groupCount] = from;
    groupBounds[2 * groupCount + 1] = to;
    groupWrapped[groupCount++] = wrapped;
  }

  /** After the last group only filler may follow on the line. */
  private void expectLineEnd() throws DecodeException {
    while (pos < end && raw[pos] != '\n') {
      if (!isFiller(raw[pos])) {
        throw malformedAt(pos, "unexpected text after the value");
      }
      pos++;
    }
  }

  private static boolean isFSeparator(byte b) {
    return b == '.' || b == '*';
  }

  /** Whitespace, control bytes (CR, LF, STX…), DEL and bytes above 0x7F (0xFF padding). */
  private static boolean isFiller(byte b) {
    return b <= ' ' || b == 0x7F;
  }

  private DecodeException malformed(String what) {
    return malformedAt(pos, what);
  }

  private DecodeException malformedAt(int index, String what) {
    return new DecodeException(Reason.MALFORMED, what + " at telegram byte " + index);
  }
}
