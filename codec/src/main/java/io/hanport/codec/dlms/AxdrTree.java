package io.hanport.codec.dlms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One A-XDR value read into flat arrays, nodes in document order: node 0 is the value itself, a
 * list's elements follow it, and {@link #next} skips a whole subtree. Strings stay in the source
 * bytes, and so do numbers, read from there when asked for. A 27-element Aidon list is some 160
 * nodes; as objects they would cost more to allocate than the rest of decoding (issue 3,
 * "Performance"), as one array they cost one allocation.
 *
 * <p>Built by {@link AxdrReader#readTree}; {@link #toData} gives the same value as {@link DlmsData}
 * objects where convenience matters more than speed.
 */
public final class AxdrTree {

  /**
   * Per node: the tag in the top byte over where the content starts in the source (sources are far
   * below 16 MiB: frames are at most 64 KiB), the length or element count, and the node after the
   * subtree.
   */
  private static final int FIELDS = 3;

  private static final int TAG_AND_START = 0;
  private static final int LENGTH = 1;
  private static final int END = 2;
  private static final int TAG_SHIFT = 24;
  private static final int START_MASK = 0xFFFFFF;

  /** Sources up to here can be read into a tree: node starts take 24 bits. */
  static final int MAX_SOURCE_LENGTH = START_MASK;

  private final byte[] source;
  private int[] nodes;
  private int size;

  AxdrTree(byte[] source, int capacity) {
    this.source = source;
    this.nodes = new int[capacity * FIELDS];
  }

  /** The number of nodes. */
  public int size() {
    return size;
  }

  public int tag(int node) {
    return nodes[node * FIELDS + TAG_AND_START] >>> TAG_SHIFT;
  }

  /** The node after this one's subtree: its next sibling, or {@link #size} at the end. */
  public int next(int node) {
    return nodes[node * FIELDS + END];
  }

  public boolean isList(int node) {
    return tag(node) == Axdr.ARRAY || tag(node) == Axdr.STRUCTURE;
  }

  public boolean isStructure(int node) {
    return tag(node) == Axdr.STRUCTURE;
  }

  /** A list's element count. */
  public int count(int node) {
    return nodes[node * FIELDS + LENGTH];
  }

  /** Any integer type from integer (0F) to long64-unsigned (15), double-long (05/06), or enum. */
  public boolean isInteger(int node) {
    return AxdrValues.isInteger(tag(node));
  }

  public boolean isReal(int node) {
    return AxdrValues.isReal(tag(node));
  }

  /** An octet string, or the fixed-size date-time, date and time types. */
  public boolean isOctets(int node) {
    return AxdrValues.isOctets(tag(node));
  }

  public boolean isVisibleText(int node) {
    return AxdrValues.isVisibleText(tag(node));
  }

  /** The value of an integer, boolean or float node (a float's bits), sign-extended if signed. */
  public long longValue(int node) {
    return AxdrValues.longValue(source, start(node), length(node), tag(node));
  }

  /** False only for a long64-unsigned beyond {@link Long#MAX_VALUE}: use {@link #decimal}. */
  public boolean fitsInLong(int node) {
    return AxdrValues.fitsInLong(longValue(node), tag(node));
  }

  /** The value of an integer node as a decimal, long64-unsigned beyond the signed range too. */
  public BigDecimal decimal(int node) {
    return AxdrValues.decimal(longValue(node), tag(node));
  }

  public double doubleValue(int node) {
    return AxdrValues.doubleValue(longValue(node), tag(node));
  }

  /** A string's length in bytes. */
  public int length(int node) {
    return nodes[node * FIELDS + LENGTH];
  }

  /** Byte {@code index} of a string node. */
  public int byteAt(int node, int index) {
    return source[start(node) + index] & 0xFF;
  }

  public byte[] bytes(int node) {
    return Arrays.copyOfRange(source, start(node), start(node) + length(node));
  }

  /** The source the strings are read from, and where this node's bytes start in it. */
  public byte[] source() {
    return source;
  }

  public int start(int node) {
    return nodes[node * FIELDS + TAG_AND_START] & START_MASK;
  }

  /** A visible-string or utf8-string node's text. */
  public String text(int node) {
    return AxdrValues.text(source, start(node), length(node), tag(node));
  }

  /** The node as {@link DlmsData} objects. */
  public DlmsData toData(int node) {
    int tag = tag(node);
    if (tag == Axdr.NULL_DATA) {
      return DlmsData.Null.INSTANCE;
    }
    if (isList(node)) {
      List<DlmsData> elements = new ArrayList<>(count(node));
      for (int child = node + 1; child < next(node); child = next(child)) {
        elements.add(toData(child));
      }
      return new DlmsData.Sequence(tag, Collections.unmodifiableList(elements));
    }
    if (tag == Axdr.BOOLEAN) {
      return new DlmsData.Bool(longValue(node) != 0);
    }
    if (isReal(node)) {
      return new DlmsData.Real(tag, doubleValue(node));
    }
    if (isVisibleText(node)) {
      return new DlmsData.Text(tag, text(node));
    }
    if (isOctets(node)) {
      return new DlmsData.Octets(tag, bytes(node));
    }
    if (tag == Axdr.BIT_STRING || tag == Axdr.BCD) {
      return new DlmsData.Raw(tag, bytes(node));
    }
    return new DlmsData.Int(tag, longValue(node));
  }

  /** Appends a node; {@link #close} sets where a list's subtree ends. */
  int add(int tag, int start, int length) {
    int at = size * FIELDS;
    if (at == nodes.length) {
      nodes = Arrays.copyOf(nodes, nodes.length * 2);
    }
    nodes[at + TAG_AND_START] = tag << TAG_SHIFT | start;
    nodes[at + LENGTH] = length;
    nodes[at + END] = size + 1;
    return size++;
  }

  void close(int node) {
    nodes[node * FIELDS + END] = size;
  }
}
