package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.obis.ObisCode;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a Kamstrup meter type number (1-1:96.1.1, e.g. {@code 6841131BN243101040}) says about the
 * resolution of the registers sent without one: {@link Quirk#ENERGY_RESOLUTION_BY_TYPE_NUMBER} and
 * {@link Quirk#CURRENT_RESOLUTION_BY_TYPE_NUMBER}.
 */
final class KamstrupVariant {

  /** The configuration code ending Norwegian type numbers (captures em001, roarfred, amshan). */
  private static final String NORWEGIAN_CONFIGURATION = "040";

  /** Kamstrup OMNIPOWER CT meters are type 685 ([AMSHAN]). */
  private static final String CT_METER = "685";

  static final String UNKNOWN_ENERGY_WARNING =
      "Kamstrup list without meter type (1-1:96.1.1): energy registers left unscaled"
          + " (10 Wh in the Norwegian configuration, Wh elsewhere)";
  static final String UNKNOWN_CURRENT_WARNING =
      "Kamstrup list without meter type (1-1:96.1.1): currents left unscaled"
          + " (0.01 A, mA on CT meters)";

  private final Optional<String> typeNumber;

  private KamstrupVariant(Optional<String> typeNumber) {
    this.typeNumber = typeNumber;
  }

  /** Only Kamstrup lists are searched for a type number; for others nothing is adjusted. */
  static KamstrupVariant of(MeterProfile profile, Entries entries) {
    if (!profile.has(Quirk.ENERGY_RESOLUTION_BY_TYPE_NUMBER)
        && !profile.has(Quirk.CURRENT_RESOLUTION_BY_TYPE_NUMBER)) {
      return new KamstrupVariant(Optional.empty());
    }
    AxdrTree tree = entries.tree;
    for (int entry = 0; entry < entries.size; entry++) {
      int code = entries.code[entry];
      int value = entries.value[entry];
      if (code >= 0 && isTypeNumber(tree, code) && Values.isText(tree, value)) {
        return new KamstrupVariant(Optional.of(Values.text(tree, value)));
      }
    }
    return new KamstrupVariant(Optional.empty());
  }

  /** The table's scale adjusted for this meter; {@link Scale#RAW} when the type is missing. */
  Scale adjust(MeterProfile profile, ObisCode code, Scale scale, Consumer<String> warnings) {
    if (isEnergy(code) && profile.has(Quirk.ENERGY_RESOLUTION_BY_TYPE_NUMBER)) {
      if (typeNumber.isEmpty()) {
        warnings.accept(UNKNOWN_ENERGY_WARNING);
        return Scale.RAW;
      }
      boolean norwegian = typeNumber.get().endsWith(NORWEGIAN_CONFIGURATION);
      return norwegian ? Scale.of(scale.scaler() + 1, scale.unit()) : scale;
    }
    if (isCurrent(code) && profile.has(Quirk.CURRENT_RESOLUTION_BY_TYPE_NUMBER)) {
      if (typeNumber.isEmpty()) {
        warnings.accept(UNKNOWN_CURRENT_WARNING);
        return Scale.RAW;
      }
      return typeNumber.get().startsWith(CT_METER) ? Scale.of(-3, scale.unit()) : scale;
    }
    return scale;
  }

  /** {@code x-x:96.1.1}, read straight from the code's bytes. */
  private static boolean isTypeNumber(AxdrTree tree, int code) {
    return tree.byteAt(code, 2) == 96 && tree.byteAt(code, 3) == 1 && tree.byteAt(code, 4) == 1;
  }

  private static boolean isEnergy(ObisCode code) {
    return code.d() == 8;
  }

  private static boolean isCurrent(ObisCode code) {
    return code.d() == 7 && (code.c() == 31 || code.c() == 51 || code.c() == 71);
  }
}
