package io.hanport.codec.profile;

import io.hanport.codec.obis.ObisCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Scales by OBIS value groups C.D.E, for lists that send bare numbers (Kaifa, Kamstrup, IDIS push
 * lists). Groups A and B are ignored: Kamstrup writes B = 1 where others write 0, and the unit of
 * {@code 1.7.0} does not depend on either. An entry may leave E open ({@code 1.8.*}: every tariff).
 */
public final class ScaleTable {

  /** For lists whose numbers all carry their scaler-unit (Aidon, Austrian triplets). */
  public static final ScaleTable EMPTY = new ScaleTable(Map.of());

  private static final int ANY_E = 999;

  private final Map<Integer, Scale> scales;

  private ScaleTable(Map<Integer, Scale> scales) {
    this.scales = Map.copyOf(scales);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The scale for this code: an exact C.D.E entry first, then C.D.*. */
  public Optional<Scale> lookup(ObisCode code) {
    return Optional.ofNullable(lookupOrNull(code));
  }

  /** {@link #lookup} for the decoding loop, which should not allocate an Optional per value. */
  Scale lookupOrNull(ObisCode code) {
    Scale exact = scales.get(key(code.c(), code.d(), code.e()));
    return exact != null ? exact : scales.get(key(code.c(), code.d(), ANY_E));
  }

  private static int key(int c, int d, int e) {
    return (c * 1000 + d) * 1000 + e;
  }

  /** Collects entries; codes are written {@code "C.D.E"} or {@code "C.D.*"}. */
  public static final class Builder {
    private final Map<Integer, Scale> scales = new HashMap<>();

    public Builder scale(int scaler, String unit, String... codes) {
      for (String code : codes) {
        String[] groups = code.split("\\.");
        int e = "*".equals(groups[2]) ? ANY_E : Integer.parseInt(groups[2]);
        scales.put(
            key(Integer.parseInt(groups[0]), Integer.parseInt(groups[1]), e),
            Scale.of(scaler, unit));
      }
      return this;
    }

    public ScaleTable build() {
      return new ScaleTable(scales);
    }
  }
}
