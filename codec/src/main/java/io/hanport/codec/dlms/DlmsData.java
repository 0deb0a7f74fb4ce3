package io.hanport.codec.dlms;

import java.math.BigDecimal;
import java.util.List;

/**
 * One A-XDR encoded COSEM {@code Data} value (IEC 62056-6-2; PROTOCOLS.md §6.4), as read by {@link
 * AxdrReader}. The tag of each value is kept, because vendor lists are recognised by their shape.
 */
public sealed interface DlmsData {

  /** The A-XDR tag this value was encoded with. */
  int tag();

  /** null-data (tag 00): Kamstrup's 1-phase placeholders are pairs of these. */
  enum Null implements DlmsData {
    INSTANCE;

    @Override
    public int tag() {
      return Axdr.NULL_DATA;
    }
  }

  /** array (01) or structure (02). */
  record Sequence(int tag, List<DlmsData> elements) implements DlmsData {
    public boolean isStructure() {
      return tag == Axdr.STRUCTURE;
    }

    public int size() {
      return elements.size();
    }

    public DlmsData get(int index) {
      return elements.get(index);
    }
  }

  /** boolean (03). */
  record Bool(boolean value) implements DlmsData {
    @Override
    public int tag() {
      return Axdr.BOOLEAN;
    }
  }

  /**
   * Every integer type, signed or not, from integer (0F) to long64-unsigned (15), and enum (16). A
   * long64-unsigned beyond {@link Long#MAX_VALUE} keeps its bits; {@link #decimal} reads it right.
   */
  record Int(int tag, long value) implements DlmsData {
    public BigDecimal decimal() {
      if (tag == Axdr.LONG64_UNSIGNED && value < 0) {
        return new BigDecimal(Long.toUnsignedString(value));
      }
      return BigDecimal.valueOf(value);
    }
  }

  /** float32 (17) or float64 (18). */
  record Real(int tag, double value) implements DlmsData {}

  /**
   * octet-string (09), and the fixed-length date-time (19), date (1A) and time (1B) types. Holds
   * OBIS codes, COSEM date-times and identifiers.
   */
  record Octets(int tag, byte[] bytes) implements DlmsData {}

  /** visible-string (0A) or utf8-string (0C). */
  record Text(int tag, String text) implements DlmsData {}

  /** bit-string (04) and bcd (0D): kept as their bytes; no list in the captures uses them. */
  record Raw(int tag, byte[] bytes) implements DlmsData {}
}
