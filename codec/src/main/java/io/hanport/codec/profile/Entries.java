package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;

/**
 * The values of a notification body and what the list itself says about each, as parallel arrays of
 * {@link AxdrTree} nodes ({@code -1} where there is none).
 */
final class Entries {

  final AxdrTree tree;

  /** The node of the OBIS code the list pairs with the value. */
  final int[] code;

  final int[] value;

  /** The node of the scaler-unit structure sent with the value. */
  final int[] scale;

  /** The 1-based index of the body element where the value (or its OBIS code) sits. */
  final int[] position;

  int size;

  Entries(AxdrTree tree, int capacity) {
    this.tree = tree;
    this.code = new int[capacity];
    this.value = new int[capacity];
    this.scale = new int[capacity];
    this.position = new int[capacity];
  }

  void add(int codeNode, int valueNode, int scaleNode, int elementPosition) {
    code[size] = codeNode;
    value[size] = valueNode;
    scale[size] = scaleNode;
    position[size] = elementPosition;
    size++;
  }

  boolean isTagged(int entry) {
    return code[entry] >= 0;
  }

  boolean anyTagged() {
    for (int entry = 0; entry < size; entry++) {
      if (isTagged(entry)) {
        return true;
      }
    }
    return false;
  }
}
