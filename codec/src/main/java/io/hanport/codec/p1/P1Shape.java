package io.hanport.codec.p1;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The layout of the last telegram a meter sent: where each object's code and value groups lie,
 * with every byte fixed except the digits of its values. A meter sends the same objects in the
 * same order and width every time (DSMR5 §6.4 fixes each value's digits; Swedish meters pad
 * likewise), so the next telegram usually differs only in digits. When it does, its objects are
 * built from the recorded layout, skipping the search for codes, parentheses and line ends (issue
 * 2's performance target); any other difference, even one byte, sends it through the line reader.
 *
 * <p>The result is the line reader's by construction: which lines, codes and value groups a
 * telegram has depends only on bytes other than value digits ('(', ')', line ends, code text), and
 * each value is still built from the new telegram's bytes by the same {@link P1ObjectBuilder}. A
 * plain quantity ({@code (00006678.394*kWh)}) is rebuilt from its digit positions alone, so its
 * sign, point and unit bytes stay fixed and only the number's digits are free.
 */
final class P1Shape {

  private static final VarHandle LITTLE_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ZEROS = 0x3030303030303030L;
  private static final long SIXES = 0x0606060606060606L;
  private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;

  /** Up to 18 digits fit a long, as in {@link P1Values}. */
  private static final int MAX_LONG_DIGITS = 18;

  private final int end;
  private final String header;
  /** The telegram's bytes through '!', eight per word, with '0' at every free digit. */
  private final long[] template;
  /** 0xFF at every byte that may be any digit, 0 where the byte must equal the template's. */
  private final long[] freeDigits;

  private final Layout[] objects;

  private P1Shape(byte[] raw, int end, String header, Layout[] objects) {
    this.end = end;
    this.header = header;
    this.objects = objects;
    int words = (end + Long.BYTES) / Long.BYTES;
    this.template = new long[words];
    this.freeDigits = new long[words];
    byte[] free = new byte[words * Long.BYTES];
    for (Layout object : objects) {
      object.markFreeDigits(raw, free);
    }
    byte[] fixed = new byte[words * Long.BYTES];
    for (int i = 0; i <= end; i++) {
      fixed[i] = free[i] != 0 ? (byte) '0' : raw[i];
    }
    for (int word = 0; word < words; word++) {
      template[word] = (long) LITTLE_ENDIAN_LONGS.get(fixed, word * Long.BYTES);
      freeDigits[word] = (long) LITTLE_ENDIAN_LONGS.get(free, word * Long.BYTES);
    }
  }

  String header() {
    return header;
  }

  /**
   * Whether {@code raw}, whose '!' is at {@code end}, equals the recorded telegram in every byte
   * but free digits, and has a digit at each of those.
   */
  boolean matches(byte[] raw, int end) {
    if (end != this.end) {
      return false;
    }
    int last = template.length - 1;
    for (int word = 0; word < last; word++) {
      if (difference((long) LITTLE_ENDIAN_LONGS.get(raw, word * Long.BYTES), word) != 0) {
        return false;
      }
    }
    return difference(tail(raw, last * Long.BYTES), last) == 0;
  }

  /** The objects of a telegram that {@link #matches} this shape. */
  void buildObjects(byte[] raw, P1ObjectBuilder builder, CosemObject[] into) {
    for (int i = 0; i < objects.length; i++) {
      into[i] = objects[i].build(raw, builder);
    }
  }

  int objectCount() {
    return objects.length;
  }

  /**
   * Nonzero where a fixed byte differs or a free byte is not a digit. A free byte is compared
   * against '0': XOR leaves 0..9 for a digit, which adding 6 keeps below 0x10; anything else sets
   * a high nibble (a carry out of a byte only comes from one already flagged).
   */
  private long difference(long word, int index) {
    long changed = word ^ template[index];
    long free = freeDigits[index];
    long digits = changed & free;
    return (changed & ~free) | ((digits | (digits + SIXES)) & HIGH_NIBBLES);
  }

  /** The bytes of the last word through '!', zero after it. */
  private long tail(byte[] raw, int from) {
    long word = 0;
    for (int i = end; i >= from; i--) {
      word = (word << Byte.SIZE) | (raw[i] & 0xFF);
    }
    return word;
  }

  /** Collects the line reader's objects with the value groups each was built from. */
  static final class Recorder {
    private final ArrayList<Layout> objects = new ArrayList<>();

    void add(long key, P1ObjectSpec spec, int[] bounds, boolean[] wrapped, int count,
        CosemObject built, byte[] raw) {
      objects.add(Layout.of(key, spec, bounds, wrapped, count, built, raw));
    }

    P1Shape shape(byte[] raw, int end, String header) {
      return new P1Shape(raw, end, header, objects.toArray(new Layout[0]));
    }
  }

  /** One object's place in the telegram and, for a plain quantity, its number's digit runs. */
  private static final class Layout {
    private final long key;
    private final P1ObjectSpec spec;
    private final int[] bounds;
    private final boolean[] wrapped;
    private final int count;
    /** Set only for a plain quantity: rebuilt from its digits with this unit and code. */
    private final PlainQuantity quantity;

    private Layout(long key, P1ObjectSpec spec, int[] bounds, boolean[] wrapped, int count,
        PlainQuantity quantity) {
      this.key = key;
      this.spec = spec;
      this.bounds = bounds;
      this.wrapped = wrapped;
      this.count = count;
      this.quantity = quantity;
    }

    static Layout of(long key, P1ObjectSpec spec, int[] bounds, boolean[] wrapped, int count,
        CosemObject built, byte[] raw) {
      int[] ownBounds = Arrays.copyOf(bounds, 2 * count);
      boolean[] ownWrapped = Arrays.copyOf(wrapped, count);
      PlainQuantity quantity = spec != null && spec.kind() == P1ValueKind.QUANTITY && count == 1
          && !wrapped[0] && built.value() instanceof CosemValue.Quantity value
          ? PlainQuantity.of(spec.code(), raw, bounds[0], value.unit())
          : null;
      return new Layout(key, spec, ownBounds, ownWrapped, count, quantity);
    }

    CosemObject build(byte[] raw, P1ObjectBuilder builder) {
      if (quantity != null) {
        return quantity.build(raw);
      }
      return builder.build(raw, key, spec, bounds, wrapped, count);
    }

    /** A plain quantity's number digits are free; in any other value group every digit is. */
    void markFreeDigits(byte[] raw, byte[] free) {
      if (quantity != null) {
        quantity.markFreeDigits(free);
        return;
      }
      for (int group = 0; group < count; group++) {
        for (int i = bounds[2 * group]; i < bounds[2 * group + 1]; i++) {
          if (raw[i] >= '0' && raw[i] <= '9') {
            free[i] = (byte) 0xFF;
          }
        }
      }
    }
  }

  /** {@code [-]digits[.digits]} then a fixed unit: where the digits lie, and what they mean. */
  private static final class PlainQuantity {
    private final ObisCode code;
    private final boolean negative;
    private final int integerFrom;
    private final int integerTo;
    private final int fractionFrom;
    private final int fractionTo;
    private final String unit;

    private PlainQuantity(ObisCode code, boolean negative, int integerFrom, int integerTo,
        int fractionFrom, int fractionTo, String unit) {
      this.code = code;
      this.negative = negative;
      this.integerFrom = integerFrom;
      this.integerTo = integerTo;
      this.fractionFrom = fractionFrom;
      this.fractionTo = fractionTo;
      this.unit = unit;
    }

    /** The layout of a group that {@link P1Values#quantity} read as a number; null if too long. */
    static PlainQuantity of(ObisCode code, byte[] raw, int from, String unit) {
      boolean negative = raw[from] == '-';
      int integerFrom = negative ? from + 1 : from;
      int integerTo = digitsEnd(raw, integerFrom);
      int fractionFrom = raw[integerTo] == '.' ? integerTo + 1 : integerTo;
      int fractionTo = digitsEnd(raw, fractionFrom);
      int digits = integerTo - integerFrom + fractionTo - fractionFrom;
      return digits > MAX_LONG_DIGITS ? null : new PlainQuantity(
          code, negative, integerFrom, integerTo, fractionFrom, fractionTo, unit);
    }

    private static int digitsEnd(byte[] raw, int from) {
      int i = from;
      while (raw[i] >= '0' && raw[i] <= '9') {
        i++;
      }
      return i;
    }

    CosemObject build(byte[] raw) {
      long unscaled = P1Digits.append(raw, fractionFrom, fractionTo,
          P1Digits.append(raw, integerFrom, integerTo, 0));
      return CosemObject.of(code, CosemValue.Quantity.of(
          negative ? -unscaled : unscaled, fractionTo - fractionFrom, unit));
    }

    void markFreeDigits(byte[] free) {
      Arrays.fill(free, integerFrom, integerTo, (byte) 0xFF);
      Arrays.fill(free, fractionFrom, fractionTo, (byte) 0xFF);
    }
  }
}
