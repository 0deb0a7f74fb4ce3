package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Maps lists that pair values with OBIS codes (Aidon, Kamstrup, Kaifa SE, Austrian triplets). */
final class TaggedLists {

  private static final ObisCode LIST_ID = ObisCode.parse("1-1:0.2.129.255");

  private TaggedLists() {}

  static List<CosemObject> map(
      MeterProfile profile,
      ScaleTable scales,
      Entries entries,
      ListIdentity identity,
      ObisCodes codes,
      Consumer<String> warnings) {
    AxdrTree tree = entries.tree;
    KamstrupVariant variant = KamstrupVariant.of(profile, entries);
    List<CosemObject> objects = new ArrayList<>(entries.size);
    List<Integer> unlabelled = new ArrayList<>();
    List<String> unscaled = new ArrayList<>();
    for (int entry = 0; entry < entries.size; entry++) {
      int value = entries.value[entry];
      if (!Values.isSingleValue(tree, value)) {
        continue;
      }
      if (!entries.isTagged(entry)) {
        labelBareEntry(profile, entries, entry, objects, unlabelled);
        continue;
      }
      ObisCode code = codes.of(tree, entries.code[entry]);
      if (!Values.isNumber(tree, value)) {
        objects.add(CosemObject.of(code, Values.convert(tree, value, Scale.RAW)));
        continue;
      }
      Scale scale = scale(profile, scales, variant, code, entries, entry, warnings);
      if (scale == null) {
        unscaled.add(code.toString());
      }
      CosemValue converted =
          scale == null || scale == Scale.RAW
              ? Values.unscaled(tree, value)
              : Values.convert(tree, value, scale);
      objects.add(CosemObject.of(code, converted));
    }
    warnAbout(identity, unlabelled, unscaled, warnings);
    return objects;
  }

  /** A value with no code of its own: the list id, a push's name, or an unnamed value. */
  private static void labelBareEntry(
      MeterProfile profile,
      Entries entries,
      int entry,
      List<CosemObject> objects,
      List<Integer> unlabelled) {
    AxdrTree tree = entries.tree;
    int value = entries.value[entry];
    int position = entries.position[entry];
    if (ListEntries.isPushSetupName(tree, value)) {
      return;
    }
    if (objects.isEmpty()
        && profile.has(Quirk.LIST_ID_WITHOUT_OBIS)
        && Values.isText(tree, value)) {
      objects.add(CosemObject.of(LIST_ID, Values.convert(tree, value, Scale.RAW)));
    } else if (Unlabelled.fits(position)) {
      unlabelled.add(position);
      objects.add(
          CosemObject.of(Unlabelled.code(position), Values.convert(tree, value, Scale.RAW)));
    }
  }

  /**
   * The scale on the wire wins; else the profile's table, adjusted by its quirks; null when no one
   * knows it.
   */
  private static Scale scale(
      MeterProfile profile,
      ScaleTable scales,
      KamstrupVariant variant,
      ObisCode code,
      Entries entries,
      int entry,
      Consumer<String> warnings) {
    int wire = entries.scale[entry];
    if (wire >= 0) {
      return ListEntries.scaleOf(entries.tree, wire);
    }
    Scale table = scales.lookupOrNull(code);
    return table == null ? null : variant.adjust(profile, code, table, warnings);
  }

  private static void warnAbout(
      ListIdentity identity,
      List<Integer> unlabelled,
      List<String> unscaled,
      Consumer<String> warnings) {
    if (!unlabelled.isEmpty()) {
      warnings.accept(
          Unlabelled.warning(identity.name(), "values without an OBIS code", unlabelled));
    }
    if (!unscaled.isEmpty()) {
      warnings.accept(
          "list "
              + identity.name()
              + ": no scaler or unit on the wire or in a profile for "
              + String.join(", ", unscaled)
              + "; raw numbers kept as text");
    }
  }
}
