package io.hanport.codec.profile;

import io.hanport.codec.dlms.DlmsData;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.ObisCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** A capture object: which attribute of which object a value is. */
  record Descriptor(int classId, ObisCode code, int attribute) {}

  private static final int PUSH_SETUP_CLASS = 40;
  private static final int VALUE_ATTRIBUTE = 2;

  private PushLists() {}

  /** The descriptors, when the body is a push list whose values match them one to one. */
  static Optional<List<Descriptor>> descriptors(DlmsData body) {
    if (!(body instanceof DlmsData.Sequence) || ((DlmsData.Sequence) body).size() < 2) {
      return Optional.empty();
    }
    DlmsData.Sequence push = (DlmsData.Sequence) body;
    if (!push.isStructure() || !(push.get(0) instanceof DlmsData.Sequence)) {
      return Optional.empty();
    }
    DlmsData.Sequence list = (DlmsData.Sequence) push.get(0);
    if (list.isStructure() || list.size() != push.size()) {
      return Optional.empty();
    }
    List<Descriptor> descriptors = new ArrayList<>(list.size());
    for (DlmsData element : list.elements()) {
      Optional<Descriptor> descriptor = descriptor(element);
      if (descriptor.isEmpty()) {
        return Optional.empty();
      }
      descriptors.add(descriptor.get());
    }
    return Optional.of(descriptors);
  }

  static List<CosemObject> map(
      List<Descriptor> descriptors,
      List<DlmsData> values,
      ScaleTable scales,
      Consumer<String> warnings) {
    List<CosemObject> objects = new ArrayList<>(descriptors.size());
    List<String> unscaled = new ArrayList<>();
    String name = pushName(descriptors);
    for (int i = 0; i < descriptors.size(); i++) {
      Descriptor descriptor = descriptors.get(i);
      if (descriptor.classId() == PUSH_SETUP_CLASS) {
        continue;
      }
      if (descriptor.attribute() != VALUE_ATTRIBUTE) {
        warnings.accept(
            "list "
                + name
                + ": attribute "
                + descriptor.attribute()
                + " of "
                + descriptor.code()
                + " is not read");
        continue;
      }
      DlmsData value = values.get(i);
      Scale scale =
          Values.isNumber(value) ? scales.lookup(descriptor.code()).orElse(Scale.RAW) : Scale.RAW;
      Values.convert(value, scale)
          .ifPresent(converted -> objects.add(CosemObject.of(descriptor.code(), converted)));
    }
    if (!unscaled.isEmpty()) {
      warnings.accept(
          "list " + name + ": no scale known for " + String.join(", ", unscaled)
              + "; raw numbers kept as text");
    }
    return objects;
  }

  private static String pushName(List<Descriptor> descriptors) {
    return descriptors.stream()
        .filter(d -> d.classId() == PUSH_SETUP_CLASS)
        .findFirst()
        .map(d -> "push " + d.code())
        .orElse("push list");
  }

  private static Optional<Descriptor> descriptor(DlmsData element) {
    if (!(element instanceof DlmsData.Sequence)) {
      return Optional.empty();
    }
    DlmsData.Sequence fields = (DlmsData.Sequence) element;
    if (fields.size() != 4
        || !(fields.get(0) instanceof DlmsData.Int)
        || !ListEntries.isObis(fields.get(1))
        || !(fields.get(2) instanceof DlmsData.Int)) {
      return Optional.empty();
    }
    int classId = (int) ((DlmsData.Int) fields.get(0)).value();
    int attribute = (int) ((DlmsData.Int) fields.get(2)).value();
    return Optional.of(new Descriptor(classId, ListEntries.obis(fields.get(1)), attribute));
  }
}
