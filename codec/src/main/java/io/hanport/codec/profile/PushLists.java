package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.ObisCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Maps IDIS push lists, which describe themselves (PROTOCOLS.md §6.5; captures
 * hdlc_ch_lg_e450_gbt_3frames_gh740, hdlc_ch_iskra_am550_segmented_scs):
 *
 * <pre>
 *  structure { array of structure{class-id, logical name, attribute, data index}, value 2, … }
 * </pre>
 *
 * Element i of the structure is the value of descriptor i; element 0 is the descriptor array
 * itself, described as attribute 2 of the push setup (class 40).
 */
final class PushLists {

  private static final int PUSH_SETUP_CLASS = 40;
  private static final int VALUE_ATTRIBUTE = 2;
  private static final int BODY = 0;

  private PushLists() {}

  /** Whether the body is a push list whose values match its descriptors one to one. */
  static boolean isPushList(AxdrTree tree) {
    if (!tree.isStructure(BODY) || tree.count(BODY) < 2) {
      return false;
    }
    int list = BODY + 1;
    if (!tree.isList(list) || tree.isStructure(list) || tree.count(list) != tree.count(BODY)) {
      return false;
    }
    for (int descriptor = list + 1;
        descriptor < tree.next(list);
        descriptor = tree.next(descriptor)) {
      if (!isDescriptor(tree, descriptor)) {
        return false;
      }
    }
    return true;
  }

  static List<CosemObject> map(
      AxdrTree tree, ScaleTable scales, ObisCodes codes, Consumer<String> warnings) {
    int list = BODY + 1;
    List<CosemObject> objects = new ArrayList<>(tree.count(BODY));
    List<String> unscaled = new ArrayList<>();
    String name = pushName(tree, list);
    int value = list;
    for (int descriptor = list + 1;
        descriptor < tree.next(list);
        descriptor = tree.next(descriptor)) {
      int classId = (int) tree.longValue(descriptor + 1);
      ObisCode code = codes.of(tree, descriptor + 2);
      int attribute = (int) tree.longValue(tree.next(descriptor + 2));
      int current = value;
      value = tree.next(value);
      if (classId == PUSH_SETUP_CLASS || !Values.isSingleValue(tree, current)) {
        continue;
      }
      if (attribute != VALUE_ATTRIBUTE) {
        warnings.accept(
            "list " + name + ": attribute " + attribute + " of " + code + " is not read");
        continue;
      }
      Scale scale = Values.isNumber(tree, current) ? scales.lookupOrNull(code) : Scale.RAW;
      if (scale == null) {
        unscaled.add(code.toString());
        objects.add(CosemObject.of(code, Values.unscaled(tree, current)));
      } else {
        objects.add(CosemObject.of(code, Values.convert(tree, current, scale)));
      }
    }
    if (!unscaled.isEmpty()) {
      warnings.accept(
          "list "
              + name
              + ": no scale known for "
              + String.join(", ", unscaled)
              + "; raw numbers kept as text");
    }
    return objects;
  }

  private static String pushName(AxdrTree tree, int list) {
    for (int descriptor = list + 1;
        descriptor < tree.next(list);
        descriptor = tree.next(descriptor)) {
      if (tree.longValue(descriptor + 1) == PUSH_SETUP_CLASS) {
        return "push " + ObisCode.fromBytes(tree.source(), tree.start(descriptor + 2));
      }
    }
    return "push list";
  }

  /** {@code structure{long-unsigned class, octet-string(6) logical name, integer attribute, …}}. */
  private static boolean isDescriptor(AxdrTree tree, int node) {
    if (!tree.isStructure(node) || tree.count(node) != 4) {
      return false;
    }
    int classId = node + 1;
    int name = tree.next(classId);
    int attribute = tree.next(name);
    return tree.isInteger(classId) && ListEntries.isObis(tree, name) && tree.isInteger(attribute);
  }
}
