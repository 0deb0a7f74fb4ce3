package io.hanport.codec.dlms;

/** The A-XDR tags of COSEM {@code Data} (IEC 62056-6-2 §9.5; PROTOCOLS.md §6.4). */
final class Axdr {

  static final int NULL_DATA = 0x00;
  static final int ARRAY = 0x01;
  static final int STRUCTURE = 0x02;
  static final int BOOLEAN = 0x03;
  static final int BIT_STRING = 0x04;
  static final int DOUBLE_LONG = 0x05;
  static final int DOUBLE_LONG_UNSIGNED = 0x06;
  static final int OCTET_STRING = 0x09;
  static final int VISIBLE_STRING = 0x0A;
  static final int UTF8_STRING = 0x0C;
  static final int BCD = 0x0D;
  static final int INTEGER = 0x0F;
  static final int LONG = 0x10;
  static final int UNSIGNED = 0x11;
  static final int LONG_UNSIGNED = 0x12;
  static final int LONG64 = 0x14;
  static final int LONG64_UNSIGNED = 0x15;
  static final int ENUM = 0x16;
  static final int FLOAT32 = 0x17;
  static final int FLOAT64 = 0x18;
  static final int DATE_TIME = 0x19;
  static final int DATE = 0x1A;
  static final int TIME = 0x1B;

  /**
   * A length byte with the high bit set counts the length bytes that follow (0x81 nn, 0x82 nn nn).
   */
  static final int LONG_FORM = 0x80;

  /** {@link #fixedSize} of a type whose length is sent. */
  static final int VARIABLE = -1;

  private static final int UNKNOWN = -2;
  private static final int[] FIXED_SIZES = fixedSizes();
  private static final boolean[] INTEGERS = integers();

  private Axdr() {}

  /**
   * The content size of a fixed-size type, {@code -1} for a variable one, {@code -2} if unknown.
   */
  static int fixedSize(int tag) {
    return tag < FIXED_SIZES.length ? FIXED_SIZES[tag] : UNKNOWN;
  }

  static boolean isVariable(int tag) {
    return fixedSize(tag) == VARIABLE;
  }

  static boolean isKnown(int tag) {
    return fixedSize(tag) != UNKNOWN;
  }

  static boolean isInteger(int tag) {
    return tag < INTEGERS.length && INTEGERS[tag];
  }

  static boolean isSigned(int tag) {
    return tag == DOUBLE_LONG || tag == INTEGER || tag == LONG || tag == LONG64;
  }

  private static boolean[] integers() {
    boolean[] integers = new boolean[ENUM + 1];
    for (int tag :
        new int[] {
          DOUBLE_LONG,
          DOUBLE_LONG_UNSIGNED,
          INTEGER,
          LONG,
          UNSIGNED,
          LONG_UNSIGNED,
          LONG64,
          LONG64_UNSIGNED,
          ENUM
        }) {
      integers[tag] = true;
    }
    return integers;
  }

  private static int[] fixedSizes() {
    int[] sizes = new int[DATE_TIME + 3];
    java.util.Arrays.fill(sizes, UNKNOWN);
    sizes[NULL_DATA] = 0;
    sizes[BOOLEAN] = 1;
    sizes[DOUBLE_LONG] = 4;
    sizes[DOUBLE_LONG_UNSIGNED] = 4;
    sizes[BCD] = 1;
    sizes[INTEGER] = 1;
    sizes[LONG] = 2;
    sizes[UNSIGNED] = 1;
    sizes[LONG_UNSIGNED] = 2;
    sizes[LONG64] = 8;
    sizes[LONG64_UNSIGNED] = 8;
    sizes[ENUM] = 1;
    sizes[FLOAT32] = 4;
    sizes[FLOAT64] = 8;
    sizes[DATE_TIME] = 12;
    sizes[DATE] = 5;
    sizes[TIME] = 4;
    for (int tag :
        new int[] {ARRAY, STRUCTURE, BIT_STRING, OCTET_STRING, VISIBLE_STRING, UTF8_STRING}) {
      sizes[tag] = VARIABLE;
    }
    return sizes;
  }
}
