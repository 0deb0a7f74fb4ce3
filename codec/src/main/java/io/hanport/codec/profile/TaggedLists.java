package io.hanport.codec.profile;

import io.hanport.codec.dlms.DlmsData;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Maps lists that pair values with OBIS codes (Aidon, Kamstrup, Kaifa SE, Austrian triplets). */
final class TaggedLists {

  private static final ObisCode LIST_ID = ObisCode.parse("1-1:0.2.129.255");

  private TaggedLists() {}

  static List<CosemObject> map(
      MeterProfile profile,
      ScaleTable scales,
      List<Entry> entries,
      ListIdentity identity,
      Consumer<String> warnings) {
    KamstrupVariant variant = KamstrupVariant.of(entries);
    List<CosemObject> objects = new ArrayList<>(entries.size());
    List<Integer> unlabelled = new ArrayList<>();
    List<String> unscaled = new ArrayList<>();
    for (Entry entry : entries) {
      Optional<ObisCode> code = entry.code();
      if (code.isEmpty()) {
        code = labelBareEntry(profile, entry, objects.isEmpty(), unlabelled);
      }
      if (code.isEmpty()) {
        continue;
      }
      Scale scale = scale(profile, scales, variant, code.get(), entry, warnings);
      if (entry.code().isPresent() && isUnknownNumber(scales, code.get(), entry)) {
        unscaled.add(code.get().toString());
      }
      Optional<CosemValue> value =
          scale == Scale.RAW && entry.code().isPresent() && Values.isNumber(entry.value())
              ? Optional.of(Values.unscaled(entry.value()))
              : Values.convert(entry.value(), scale);
      if (value.isPresent()) {
        objects.add(CosemObject.of(code.get(), value.get()));
      }
    }
    warnAbout(identity, unlabelled, unscaled, warnings);
    return objects;
  }

  /** A value with no code of its own: the list id, a push's name, or an unnamed value. */
  private static Optional<ObisCode> labelBareEntry(
      MeterProfile profile, Entry entry, boolean first, List<Integer> unlabelled) {
    if (entry.value() instanceof DlmsData.Null || ListEntries.isPushSetupName(entry.value())) {
      return Optional.empty();
    }
    if (first && profile.has(Quirk.LIST_ID_WITHOUT_OBIS) && Values.isText(entry.value())) {
      return Optional.of(LIST_ID);
    }
    if (!Unlabelled.fits(entry.position())) {
      return Optional.empty();
    }
    unlabelled.add(entry.position());
    return Optional.of(Unlabelled.code(entry.position()));
  }

  private static boolean isUnknownNumber(ScaleTable scales, ObisCode code, Entry entry) {
    return Values.isNumber(entry.value())
        && entry.wireScale().isEmpty()
        && scales.lookup(code).isEmpty();
  }

  /** The scale on the wire wins; else the profile's table, adjusted by its quirks. */
  private static Scale scale(
      MeterProfile profile,
      ScaleTable scales,
      KamstrupVariant variant,
      ObisCode code,
      Entry entry,
      Consumer<String> warnings) {
    if (entry.wireScale().isPresent()) {
      return entry.wireScale().get();
    }
    if (!Values.isNumber(entry.value())) {
      return Scale.RAW;
    }
    Optional<Scale> table = scales.lookup(code);
    return table.isPresent() ? variant.adjust(profile, code, table.get(), warnings) : Scale.RAW;
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
