package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.ObisCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Maps lists of bare values by position, and lists no profile knows. */
final class PositionalLists {

  private PositionalLists() {}

  /** The list has exactly the profile's positions, each holding the right kind of value. */
  static boolean fits(List<Position> positions, AxdrTree tree) {
    if (positions.size() != ListEntries.elementCount(tree)) {
      return false;
    }
    int element = ListEntries.firstElement(tree);
    for (Position position : positions) {
      if (!position.kind().matches(tree, element)) {
        return false;
      }
      element = tree.next(element);
    }
    return true;
  }

  static List<CosemObject> map(
      List<Position> positions, AxdrTree tree, ListIdentity identity, Consumer<String> warnings) {
    List<CosemObject> objects = new ArrayList<>(positions.size());
    List<Integer> unlabelled = new ArrayList<>();
    int element = ListEntries.firstElement(tree);
    for (int i = 0; i < positions.size(); i++) {
      Position position = positions.get(i);
      ObisCode code = position.code().orElse(Unlabelled.code(i + 1));
      if (position.code().isEmpty()) {
        unlabelled.add(i + 1);
      }
      if (Values.isSingleValue(tree, element)) {
        objects.add(CosemObject.of(code, Values.convert(tree, element, position.scale())));
      }
      element = tree.next(element);
    }
    if (!unlabelled.isEmpty()) {
      warnings.accept(Unlabelled.warning(identity.name(), "values of unknown meaning", unlabelled));
    }
    return objects;
  }

  /**
   * A list no profile fits: every value is kept, unscaled, under a position code, and the list is
   * named in a warning. Never a guess at what a value means.
   */
  static List<CosemObject> unknown(
      Entries entries, ListIdentity identity, Consumer<String> warnings) {
    AxdrTree tree = entries.tree;
    List<CosemObject> objects = new ArrayList<>(entries.size);
    List<Integer> positions = new ArrayList<>();
    for (int entry = 0; entry < entries.size; entry++) {
      int value = entries.value[entry];
      int position = entries.position[entry];
      if (Values.isSingleValue(tree, value) && Unlabelled.fits(position)) {
        objects.add(
            CosemObject.of(Unlabelled.code(position), Values.convert(tree, value, Scale.RAW)));
        positions.add(position);
      }
    }
    warnings.accept(
        Unlabelled.warning(identity.name(), "layout unknown to every meter profile", positions));
    return objects;
  }
}
