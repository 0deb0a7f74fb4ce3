package io.hanport.codec.dlms;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Reason;
import java.util.Arrays;

/**
 * Reads A-XDR encoded COSEM data (PROTOCOLS.md §6.4) from {@code data[offset, limit)}. It never
 * reads past the limit ({@link Reason#TRUNCATED}), rejects unknown tags and nesting deeper than
 * {@link #MAX_DEPTH} ({@link Reason#MALFORMED}), and allocates nothing a hostile count could
 * inflate: every element costs at least one byte, so counts beyond the remaining bytes are refused
 * before any list is built. (A bit-string's length counts bits, not bytes.)
 */
public final class AxdrReader {

  /** Deeper than any push list (Aidon: array, structure, scaler-unit structure = 3). */
  public static final int MAX_DEPTH = 16;

  /** {@link #skip} could not finish inside the limit: more bytes are needed. */
  public static final int NEED_MORE = -1;

  /** {@link #skip} found something that is not A-XDR. */
  public static final int INVALID = -2;

  private static final int MAX_LENGTH_BYTES = 4;

  private final byte[] data;
  private final int limit;
  private int position;

  public AxdrReader(byte[] data, int offset, int limit) {
    this.data = data;
    this.position = offset;
    this.limit = limit;
  }

  public int position() {
    return position;
  }

  public int remaining() {
    return limit - position;
  }

  /** Reads one value as objects. */
  public DlmsData readData() throws DecodeException {
    return readTree().toData(0);
  }

  /**
   * Reads one value into a flat {@link AxdrTree}: one pass, no recursion, the lists still open on a
   * stack of at most {@link #MAX_DEPTH}. The hot loop of every DLMS decode, so it works on locals
   * and reads short lengths inline.
   */
  public AxdrTree readTree() throws DecodeException {
    byte[] bytes = data;
    int end = limit;
    int at = position;
    if (end > AxdrTree.MAX_SOURCE_LENGTH) {
      throw new DecodeException(Reason.OVERSIZED, "A-XDR source of " + end + " bytes");
    }
    // A node takes at least one byte, usually two to six: a third of the bytes left rarely grows.
    AxdrTree tree = new AxdrTree(bytes, Math.max(8, (end - at) / 3));
    int[] openLists = new int[MAX_DEPTH];
    int[] childrenLeft = new int[MAX_DEPTH];
    int depth = 0;
    do {
      if (at >= end) {
        throw truncatedAt(at, 1);
      }
      int tagAt = at;
      int tag = bytes[at++] & 0xFF;
      int size = Axdr.fixedSize(tag);
      if (size == Axdr.VARIABLE) {
        if (at >= end) {
          throw truncatedAt(at, 1);
        }
        size = bytes[at++] & 0xFF;
        if (size >= Axdr.LONG_FORM) {
          position = at - 1;
          size = readLength();
          at = position;
        }
        if (tag == Axdr.ARRAY || tag == Axdr.STRUCTURE) {
          if (depth >= MAX_DEPTH) {
            throw malformed("A-XDR nesting deeper than " + MAX_DEPTH + " at byte " + tagAt);
          }
          // Every element takes at least its tag byte: a count beyond the bytes left is refused
          // before anything is built for it.
          if (size > end - at) {
            throw truncatedAt(at, size);
          }
          int list = tree.add(tag, at, size);
          if (size > 0) {
            openLists[depth] = list;
            childrenLeft[depth++] = size;
            continue;
          }
        } else {
          at = addLeaf(tree, tag, tag == Axdr.BIT_STRING ? bitStringBytes(size) : size, at, end);
        }
      } else if (size >= 0) {
        at = addLeaf(tree, tag, size, at, end);
      } else {
        throw malformed(String.format("unknown A-XDR tag 0x%02X at byte %d", tag, tagAt));
      }
      while (depth > 0 && --childrenLeft[depth - 1] == 0) {
        tree.close(openLists[--depth]);
      }
    } while (depth > 0);
    position = at;
    return tree;
  }

  private int addLeaf(AxdrTree tree, int tag, int size, int at, int end) throws DecodeException {
    if (size > end - at) {
      throw truncatedAt(at, size);
    }
    tree.add(tag, at, size);
    return at + size;
  }

  public int readByte() throws DecodeException {
    require(1);
    return data[position++] & 0xFF;
  }

  /** A big-endian unsigned number of {@code size} bytes, at most 8. */
  public long readUnsigned(int size) throws DecodeException {
    require(size);
    long value = 0;
    for (int i = 0; i < size; i++) {
      value = value << 8 | (data[position++] & 0xFF);
    }
    return value;
  }

  /** An A-XDR length: one byte below 0x80, else 0x8n followed by n length bytes. */
  public int readLength() throws DecodeException {
    int first = readByte();
    if (first < Axdr.LONG_FORM) {
      return first;
    }
    int count = first - Axdr.LONG_FORM;
    if (count == 0 || count > MAX_LENGTH_BYTES) {
      throw malformed(String.format("A-XDR length form %02X at byte %d", first, position - 1));
    }
    long length = readUnsigned(count);
    if (length > Integer.MAX_VALUE) {
      throw truncated(length);
    }
    return (int) length;
  }

  public byte[] readBytes(int count) throws DecodeException {
    require(count);
    byte[] bytes = Arrays.copyOfRange(data, position, position + count);
    position += count;
    return bytes;
  }

  /**
   * Walks one value at {@code data[offset]} without building it, as framers do to find where a bare
   * APDU ends. Returns the index after the value, {@link #NEED_MORE} when the value runs past
   * {@code limit}, or {@link #INVALID} when the bytes are not A-XDR.
   */
  public static int skip(byte[] data, int offset, int limit) {
    return skip(data, offset, limit, 0);
  }

  private static int skip(byte[] data, int offset, int limit, int depth) {
    if (offset >= limit) {
      return NEED_MORE;
    }
    int tag = data[offset] & 0xFF;
    int size = Axdr.fixedSize(tag);
    if (size >= 0) {
      return offset + 1 + size <= limit ? offset + 1 + size : NEED_MORE;
    }
    boolean sequence = tag == Axdr.ARRAY || tag == Axdr.STRUCTURE;
    if (!Axdr.isVariable(tag) || (sequence && depth >= MAX_DEPTH)) {
      return INVALID;
    }
    long lengthAndStart = skipLength(data, offset + 1, limit);
    if (lengthAndStart < 0) {
      return (int) lengthAndStart;
    }
    int length = (int) (lengthAndStart >>> 32);
    int position = (int) lengthAndStart;
    if (!sequence) {
      int bytes = tag == Axdr.BIT_STRING ? bitStringBytes(length) : length;
      return position + bytes <= limit ? position + bytes : NEED_MORE;
    }
    for (int i = 0; i < length && position >= 0; i++) {
      position = skip(data, position, limit, depth + 1);
    }
    return position;
  }

  /** The length at {@code data[offset]} in the high half and the index after it in the low. */
  private static long skipLength(byte[] data, int offset, int limit) {
    if (offset >= limit) {
      return NEED_MORE;
    }
    int first = data[offset] & 0xFF;
    if (first < Axdr.LONG_FORM) {
      return (long) first << 32 | (offset + 1);
    }
    int count = first - Axdr.LONG_FORM;
    if (count == 0 || count > MAX_LENGTH_BYTES) {
      return INVALID;
    }
    if (offset + 1 + count > limit) {
      return NEED_MORE;
    }
    long length = 0;
    for (int i = 1; i <= count; i++) {
      length = length << 8 | (data[offset + i] & 0xFF);
    }
    if (length > Integer.MAX_VALUE) {
      return INVALID;
    }
    return length << 32 | (offset + 1 + count);
  }

  private static int bitStringBytes(int bits) {
    return (bits + 7) / 8;
  }

  private void require(long count) throws DecodeException {
    if (count > remaining()) {
      throw truncated(count);
    }
  }

  private DecodeException truncated(long wanted) {
    return truncatedAt(position, wanted);
  }

  private DecodeException truncatedAt(int at, long wanted) {
    return new DecodeException(
        Reason.TRUNCATED,
        "A-XDR value needs " + wanted + " bytes at byte " + at + ", " + (limit - at) + " left");
  }

  private static DecodeException malformed(String detail) {
    return new DecodeException(Reason.MALFORMED, detail);
  }
}
