package io.hanport.codec.profile;

import io.hanport.codec.dlms.DlmsData;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Maps lists of bare values by position, and lists no profile knows. */
final class PositionalLists {

  private PositionalLists() {}

  /** The list has exactly the profile's positions, each holding the right kind of value. */
  static boolean fits(List<Position> positions, List<DlmsData> elements) {
    if (positions.size() != elements.size()) {
      return false;
    }
    for (int i = 0; i < positions.size(); i++) {
      if (!positions.get(i).kind().matches(elements.get(i))) {
        return false;
      }
    }
    return true;
  }

  static List<CosemObject> map(
      List<Position> positions,
      List<DlmsData> elements,
      ListIdentity identity,
      Consumer<String> warnings) {
    List<CosemObject> objects = new ArrayList<>(elements.size());
    List<Integer> unlabelled = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      Position position = positions.get(i);
      ObisCode code = position.code().orElse(Unlabelled.code(i + 1));
      if (position.code().isEmpty()) {
        unlabelled.add(i + 1);
      }
      Values.convert(elements.get(i), position.scale())
          .ifPresent(value -> objects.add(CosemObject.of(code, value)));
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
      List<Entry> entries, ListIdentity identity, Consumer<String> warnings) {
    List<CosemObject> objects = new ArrayList<>(entries.size());
    List<Integer> positions = new ArrayList<>();
    for (Entry entry : entries) {
      Optional<CosemValue> value = Values.convert(entry.value(), Scale.RAW);
      if (value.isPresent() && Unlabelled.fits(entry.position())) {
        objects.add(CosemObject.of(Unlabelled.code(entry.position()), value.get()));
        positions.add(entry.position());
      }
    }
    warnings.accept(
        Unlabelled.warning(identity.name(), "layout unknown to every meter profile", positions));
    return objects;
  }
}
