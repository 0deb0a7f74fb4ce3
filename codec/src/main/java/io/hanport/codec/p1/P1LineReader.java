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
  private static final byte LF = '\n';
  private static final byte[] SEPARATORS = {'-', ':', '.', '.'};
  /** Value group F when the code omits it, as Swedish and DSMR telegrams do (§1.4). */
  private static final int UNUSED_F = 255;

  private final byte[] raw;
  private final int end;
  private final P1ObjectBuilder builder;
  private final P1ShapeRecorder recorder;
  private int pos;
  private int[] groupBounds = new int[32];
  private boolean[] groupWrapped = new boolean[16];
  private int groupCount;
  private long pendingKey = -1;
  private P1ObjectSpec pendingSpec;

  /**
   * Reads {@code raw[from, end)}, where {@code end} is the index of the telegram's {@code !},
   * telling {@code recorder} where each object's value groups lie.
   */
  P1LineReader(byte[] raw, int from, int end, P1ObjectBuilder builder, P1ShapeRecorder recorder) {
    this.raw = raw;
    this.pos = from;
    this.end = end;
    this.builder = builder;
    this.recorder = recorder;
  }

  void readObjects(List<CosemObject> objects) throws DecodeException {
    while (skipToContent()) {
      if (raw[pos] == OPEN) {
        if (pendingKey < 0) {
          throw malformed("value groups without an OBIS code");
        }
      } else {
        flushPending(objects);
        readCode();
      }
      readValueGroups();
      expectLineEnd();
    }
    flushPending(objects);
  }

  private void flushPending(List<CosemObject> objects) {
    if (pendingKey >= 0) {
      CosemObject object =
          builder.build(raw, pendingKey, pendingSpec, groupBounds, groupWrapped, groupCount);
      recorder.add(pendingKey, pendingSpec, groupBounds, groupWrapped, groupCount);
      objects.add(object);
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

  /**
   * The code at {@code pos} and its spec: by its text when written as the table writes it (nearly
   * always: issue 2's performance target), else parsed.
   */
  private void readCode() throws DecodeException {
    P1ObjectSpec spec = P1CodeTexts.lookup(raw, pos);
    if (spec != null && pos + spec.textLength() < end) {
      pendingSpec = spec;
      pendingKey = spec.key();
      pos += spec.textLength();
    } else {
      pendingKey = readObisCode();
      pendingSpec = P1ObjectSpecs.lookup(pendingKey);
    }
  }

  /** {@code A-B:C.D.E} with an optional {@code .F} or {@code *F}, directly followed by '('. */
  private long readObisCode() throws DecodeException {
    int start = pos;
    long key = 0;
    int group = 0;
    int value = -1;
    for (; pos < end; pos++) {
      int digit = raw[pos] - '0';
      if (digit >= 0 && digit <= 9) {
        value = value < 0 ? digit : value * 10 + digit;
        if (value > 255) {
          break;
        }
      } else if (value < 0) {
        break;
      } else if (raw[pos] == OPEN && group >= 4) {
        key = (key << 8) | value;
        return group == 4 ? (key << 8) | UNUSED_F : key;
      } else if (separatesGroup(group, raw[pos])) {
        key = (key << 8) | value;
        group++;
        value = -1;
      } else {
        break;
      }
    }
    throw malformedAt(start, value > 255 || group < 4 ? "not an OBIS code"
        : "not an OBIS code followed by '('");
  }

  /**
   * Value groups {@code (…)}. A group may wrap over a line break (openHAB dsmr_42's 96.13.0), but
   * a wrapped group must not hold '(': that is a missing ')' about to swallow the next line.
   */
  private void readValueGroups() throws DecodeException {
    while (pos < end && raw[pos] == OPEN) {
      int start = ++pos;
      pos = ByteScan.indexOfEither(raw, start, end, CLOSE, LF);
      boolean wrapped = pos < end && raw[pos] == LF;
      if (wrapped) {
        pos = closeOfWrappedGroup(start);
      }
      if (pos == end) {
        throw malformedAt(start - 1, "value group without ')'");
      }
      addGroup(start, pos++, wrapped);
    }
  }

  private int closeOfWrappedGroup(int start) throws DecodeException {
    int i = start;
    while (i < end && raw[i] != CLOSE) {
      if (raw[i] == OPEN) {
        throw malformedAt(start - 1, "value group opened inside a value group");
      }
      i++;
    }
    return i;
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
    while (pos < end && raw[pos] != LF) {
      if (!isFiller(raw[pos])) {
        throw malformedAt(pos, "unexpected text after the value");
      }
      pos++;
    }
  }

  /** '-', ':', '.', '.' after groups A to D; '.' or '*' (EasyMeter's "*255") after E. */
  private static boolean separatesGroup(int group, byte b) {
    return group < 4 ? b == SEPARATORS[group] : group == 4 && (b == '.' || b == '*');
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
