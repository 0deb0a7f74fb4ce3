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
      TemplateRecorder recorder,
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
        labelBareEntry(profile, entries, entry, objects, unlabelled, recorder);
        continue;
      }
      ObisCode code = codes.of(tree, entries.code[entry]);
      if (!Values.isNumber(tree, value)) {
        CosemObject object = CosemObject.of(code, Values.convert(tree, value, Scale.RAW));
        objects.add(object);
        if (isClock(code)) {
          recorder.value(code, Scale.RAW, tree, value);
        } else {
          recorder.constant(object);
        }
        continue;
      }
      Scale scale = scale(profile, scales, variant, code, entries, entry, warnings);
      if (scale == null) {
        unscaled.add(code.toString());
      }
      boolean raw = scale == null || scale == Scale.RAW;
      CosemValue converted =
          raw ? Values.unscaled(tree, value) : Values.convert(tree, value, scale);
      objects.add(CosemObject.of(code, converted));
      if (raw) {
        recorder.unscaled(code, tree, value);
      } else {
        recorder.value(code, scale, tree, value);
      }
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
      List<Integer> unlabelled,
      TemplateRecorder recorder) {
    AxdrTree tree = entries.tree;
    int value = entries.value[entry];
    int position = entries.position[entry];
    if (ListEntries.isPushSetupName(tree, value)) {
      return;
    }
    if (objects.isEmpty()
        && profile.has(Quirk.LIST_ID_WITHOUT_OBIS)
        && Values.isText(tree, value)) {
      CosemObject listId = CosemObject.of(LIST_ID, Values.convert(tree, value, Scale.RAW));
      objects.add(listId);
      recorder.constant(listId);
    } else if (Unlabelled.fits(position)) {
      unlabelled.add(position);
      ObisCode code = Unlabelled.code(position);
      CosemObject object = CosemObject.of(code, Values.convert(tree, value, Scale.RAW));
      objects.add(object);
      // Numbers and date-times change from push to push; other strings are compared.
      if (Values.isNumber(tree, value) || Values.isDateTime(tree, value)) {
        recorder.value(code, Scale.RAW, tree, value);
      } else {
        recorder.constant(object);
      }
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

  /** x-x:1.0.0: the clock, a string that changes with every push. */
  private static boolean isClock(ObisCode code) {
    return code.c() == 1 && code.d() == 0 && code.e() == 0;
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
