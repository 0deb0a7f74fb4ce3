package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;

/**
 * Reads the self-describing parts of a notification body: every way meters put an OBIS code next to
 * a value (PROTOCOLS.md §6.5), found by shape rather than by vendor.
 *
 * <ul>
 *   <li>nested: {@code structure{OBIS, value[, scaler-unit]}} per element (Aidon's array);
 *   <li>flat pairs: {@code OBIS, value, OBIS, value, …} in one structure (Kamstrup, Kaifa SE);
 *   <li>flat triplets: {@code OBIS, value, scaler-unit, …} (Austrian Sagemcom and Kaifa).
 * </ul>
 *
 * Anything else is an untagged entry, for a positional profile or for the unknown-list fallback.
 */
final class ListEntries {

  private static final int OBIS_LENGTH = 6;

  /** Value group A: 0 abstract, 1 electricity … 15; beyond that a 6-byte string is no OBIS code. */
  private static final int HIGHEST_MEDIUM = 15;

  private static final int INTEGER_TAG = 0x0F;
  private static final int ENUM_TAG = 0x16;
  private static final int BODY = 0;

  private ListEntries() {}

  /** How many elements the body has: a list's count, or 1 when it is no list. */
  static int elementCount(AxdrTree tree) {
    return tree.isList(BODY) ? tree.count(BODY) : 1;
  }

  /** The node of the body's first element: the body itself when it is no list. */
  static int firstElement(AxdrTree tree) {
    return tree.isList(BODY) ? BODY + 1 : BODY;
  }

  static Entries read(AxdrTree tree) {
    int count = elementCount(tree);
    Entries entries = new Entries(tree, count);
    int element = firstElement(tree);
    int position = 1;
    while (position <= count) {
      int next = tree.next(element);
      if (isNestedEntry(tree, element)) {
        int codeNode = element + 1;
        int valueNode = tree.next(codeNode);
        int scaleNode =
            tree.count(element) == 3 ? scalerUnitOrNone(tree, tree.next(valueNode)) : -1;
        entries.add(codeNode, valueNode, scaleNode, position);
        element = next;
        position++;
      } else if (position < count && isKey(tree, element)) {
        int valueNode = next;
        int after = tree.next(valueNode);
        int scaleNode = position + 1 < count ? scalerUnitOrNone(tree, after) : -1;
        entries.add(element, valueNode, scaleNode, position);
        element = scaleNode >= 0 ? tree.next(scaleNode) : after;
        position += scaleNode >= 0 ? 3 : 2;
      } else {
        entries.add(-1, element, -1, position);
        element = next;
        position++;
      }
    }
    return entries;
  }

  /** A 6-byte octet string with a plausible medium: an OBIS code. */
  static boolean isObis(AxdrTree tree, int node) {
    return tree.isOctets(node)
        && tree.length(node) == OBIS_LENGTH
        && tree.byteAt(node, 0) <= HIGHEST_MEDIUM;
  }

  /**
   * The logical name of a push setup (class 40, {@code x-x:25.9.0}) names the list it heads rather
   * than keying a value (capture hdlc_at_iskra_am550_encrypted_gh787_1 starts with one).
   */
  static boolean isPushSetupName(AxdrTree tree, int node) {
    return isObis(tree, node) && tree.byteAt(node, 2) == 25 && tree.byteAt(node, 3) == 9;
  }

  /** {@code structure{integer scaler, enum unit}} (PROTOCOLS.md §6.4). */
  static boolean isScalerUnit(AxdrTree tree, int node) {
    return tree.isStructure(node)
        && tree.count(node) == 2
        && tree.tag(node + 1) == INTEGER_TAG
        && tree.tag(node + 2) == ENUM_TAG;
  }

  /** The scale of a scaler-unit node. */
  static Scale scaleOf(AxdrTree tree, int node) {
    return Scale.wire((int) tree.longValue(node + 1), (int) tree.longValue(node + 2));
  }

  private static int scalerUnitOrNone(AxdrTree tree, int node) {
    return node < tree.size() && isScalerUnit(tree, node) ? node : -1;
  }

  private static boolean isKey(AxdrTree tree, int node) {
    return isObis(tree, node) && !isPushSetupName(tree, node);
  }

  private static boolean isNestedEntry(AxdrTree tree, int node) {
    return tree.isStructure(node)
        && tree.count(node) >= 2
        && tree.count(node) <= 3
        && isKey(tree, node + 1);
  }
}
