package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.ObisCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects, while a tagged list is mapped the long way, what a {@link ListTemplate} of it needs:
 * each object as a constant or as a value to convert, and the byte ranges that may change.
 */
final class TemplateRecorder {

  private final int apduOffset;
  private boolean tagged;
  final List<ListTemplate.Step> steps = new ArrayList<>();
  final List<int[]> variable = new ArrayList<>();

  /**
   * @param apduOffset where the APDU starts in the tree's source
   */
  TemplateRecorder(int apduOffset) {
    this.apduOffset = apduOffset;
  }

  /**
   * The list is mapped as a tagged list, which records every object; push and positional lists
   * record nothing and get no template.
   */
  void markTagged() {
    tagged = true;
  }

  boolean isTagged() {
    return tagged;
  }

  void constant(CosemObject object) {
    steps.add(new ListTemplate.Constant(object));
  }

  void value(ObisCode code, Scale scale, AxdrTree tree, int node) {
    record(code, scale, false, tree, node);
  }

  void unscaled(ObisCode code, AxdrTree tree, int node) {
    record(code, Scale.RAW, true, tree, node);
  }

  /** Bytes the template does not compare, relative to the APDU. */
  void variable(int start, int end) {
    variable.add(new int[] {start, end});
  }

  private void record(ObisCode code, Scale scale, boolean unscaled, AxdrTree tree, int node) {
    int start = tree.start(node) - apduOffset;
    steps.add(
        new ListTemplate.Value(code, scale, unscaled, tree.tag(node), start, tree.length(node)));
    variable(start, start + tree.length(node));
  }
}
