package io.hanport.codec.profile;

import io.hanport.codec.obis.ObisCode;
import java.util.List;
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

  static KamstrupVariant of(List<Entry> entries) {
    for (Entry entry : entries) {
      Optional<ObisCode> code = entry.code();
      if (code.isPresent() && isTypeNumber(code.get()) && Values.isText(entry.value())) {
        return new KamstrupVariant(Optional.of(Values.text(entry.value())));
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

  private static boolean isTypeNumber(ObisCode code) {
    return code.c() == 96 && code.d() == 1 && code.e() == 1;
  }

  private static boolean isEnergy(ObisCode code) {
    return code.d() == 8;
  }

  private static boolean isCurrent(ObisCode code) {
    return code.d() == 7 && (code.c() == 31 || code.c() == 51 || code.c() == 71);
  }
}
