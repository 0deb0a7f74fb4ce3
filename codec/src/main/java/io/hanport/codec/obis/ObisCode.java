package io.hanport.codec.obis;

/**
 * An OBIS code (IEC 62056-61): six value groups A-B:C.D.E.F identifying one COSEM object.
 *
 * <p>Written {@code A-B:C.D.E} when F is 255, as Swedish and DSMR telegrams do (PROTOCOLS.md §1.4),
 * and {@code A-B:C.D.E.F} otherwise.
 */
public record ObisCode(int a, int b, int c, int d, int e, int f) {

  private static final int UNUSED = 255;

  public ObisCode {
    checkGroup(a);
    checkGroup(b);
    checkGroup(c);
    checkGroup(d);
    checkGroup(e);
    checkGroup(f);
  }

  public static ObisCode of(int a, int b, int c, int d, int e) {
    return new ObisCode(a, b, c, d, e, UNUSED);
  }

  /** The six bytes of a COSEM logical name as sent in DLMS octet strings. */
  public static ObisCode fromBytes(byte[] bytes, int offset) {
    return new ObisCode(
        bytes[offset] & 0xFF,
        bytes[offset + 1] & 0xFF,
        bytes[offset + 2] & 0xFF,
        bytes[offset + 3] & 0xFF,
        bytes[offset + 4] & 0xFF,
        bytes[offset + 5] & 0xFF);
  }

  /**
   * Parses {@code A-B:C.D.E}, optionally followed by {@code .F} or {@code *F} (EasyMeter and Itron
   * write {@code *255}, PROTOCOLS.md §1.4).
   *
   * @throws IllegalArgumentException when the text is not an OBIS code
   */
  public static ObisCode parse(CharSequence text) {
    ObisCode code = parseOrNull(text, 0, text.length());
    if (code == null) {
      throw new IllegalArgumentException("not an OBIS code: " + text);
    }
    return code;
  }

  /** True when {@code text[from, to)} is an OBIS code in the form {@link #parse} accepts. */
  public static boolean isObisCode(CharSequence text, int from, int to) {
    return parseOrNull(text, from, to) != null;
  }

  /**
   * Parses {@code text[from, to)}, or returns null when it is not an OBIS code. Package-level
   * parsers use this on the hot path, where an exception per unknown line would cost too much.
   */
  public static ObisCode parseOrNull(CharSequence text, int from, int to) {
    int[] groups = new int[6];
    groups[5] = UNUSED;
    char[] separators = {'-', ':', '.', '.', 0};
    int group = 0;
    int value = -1;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        value = (value < 0 ? 0 : value * 10) + (ch - '0');
        if (value > UNUSED) {
          return null;
        }
      } else if (value >= 0 && group < 4 && ch == separators[group]) {
        groups[group++] = value;
        value = -1;
      } else if (value >= 0 && group == 4 && (ch == '.' || ch == '*')) {
        groups[group++] = value;
        value = -1;
      } else {
        return null;
      }
    }
    if (value < 0 || group < 4) {
      return null;
    }
    groups[group] = value;
    return new ObisCode(groups[0], groups[1], groups[2], groups[3], groups[4], groups[5]);
  }

  /** The six groups in one number, {@code A} in the high byte: a cheap key for lookup tables. */
  public long packed() {
    return (long) a << 40 | (long) b << 32 | (long) c << 24 | d << 16 | e << 8 | f;
  }

  /** The same code with value group B (the channel) replaced; DSMR M-Bus channels live in B. */
  public ObisCode withChannel(int channel) {
    return new ObisCode(a, channel, c, d, e, f);
  }

  @Override
  public String toString() {
    String base = a + "-" + b + ":" + c + "." + d + "." + e;
    return f == UNUSED ? base : base + "." + f;
  }

  private static void checkGroup(int value) {
    if (value < 0 || value > UNUSED) {
      throw new IllegalArgumentException("OBIS value group out of range 0..255: " + value);
    }
  }
}
