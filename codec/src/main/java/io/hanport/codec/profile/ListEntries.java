package io.hanport.codec.profile;

import io.hanport.codec.dlms.DlmsData;
import io.hanport.codec.obis.ObisCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the self-describing parts of a notification body: every way meters put an OBIS code next to
 * a value (PROTOCOLS.md §6.5), found by shape rather than by vendor.
 *
 * <ul>
 *   <li>nested: {@code structure{OBIS, value[, scaler-unit]}} per element (Aidon's array);
 *   <li>flat pairs: {@code OBIS, value, OBIS, value, …} in one structure (Kamstrup, Kaifa SE);
 *   <li>flat triplets: {@code OBIS, value, scaler-unit, …} (Austrian Sagemcom and Kaifa).
 * </ul>
 *
 * Anything else is an untagged entry, for a positional profile or for the unknown-list fallback.
 */
final class ListEntries {

  private static final int OBIS_LENGTH = 6;

  /** Value group A: 0 abstract, 1 electricity … 15; beyond that a 6-byte string is no OBIS code. */
  private static final int HIGHEST_MEDIUM = 15;

  private static final int INTEGER_TAG = 0x0F;
  private static final int ENUM_TAG = 0x16;

  private ListEntries() {}

  /** The elements of the body: a list's elements, or the body alone when it is no list. */
  static List<DlmsData> elements(DlmsData body) {
    return body instanceof DlmsData.Sequence
        ? ((DlmsData.Sequence) body).elements()
        : List.of(body);
  }

  static List<Entry> read(List<DlmsData> elements) {
    List<Entry> entries = new ArrayList<>(elements.size());
    int i = 0;
    while (i < elements.size()) {
      DlmsData element = elements.get(i);
      Optional<ObisCode> nestedCode = nestedCode(element);
      if (nestedCode.isPresent()) {
        DlmsData.Sequence pair = (DlmsData.Sequence) element;
        Optional<Scale> scale = pair.size() == 3 ? scalerUnit(pair.get(2)) : Optional.empty();
        entries.add(new Entry(i + 1, nestedCode, pair.get(1), scale));
        i++;
      } else if (i + 1 < elements.size() && isKey(element)) {
        Optional<Scale> scale =
            i + 2 < elements.size() ? scalerUnit(elements.get(i + 2)) : Optional.empty();
        entries.add(new Entry(i + 1, Optional.of(obis(element)), elements.get(i + 1), scale));
        i += scale.isPresent() ? 3 : 2;
      } else {
        entries.add(new Entry(i + 1, Optional.empty(), element, Optional.empty()));
        i++;
      }
    }
    return entries;
  }

  /** A 6-byte octet string with a plausible medium: an OBIS code. */
  static boolean isObis(DlmsData data) {
    if (!(data instanceof DlmsData.Octets)) {
      return false;
    }
    byte[] bytes = ((DlmsData.Octets) data).bytes();
    return bytes.length == OBIS_LENGTH && (bytes[0] & 0xFF) <= HIGHEST_MEDIUM;
  }

  static ObisCode obis(DlmsData data) {
    return ObisCode.fromBytes(((DlmsData.Octets) data).bytes(), 0);
  }

  /**
   * The logical name of a push setup (class 40, {@code x-x:25.9.0}) names the list it heads rather
   * than keying a value (capture hdlc_at_iskra_am550_encrypted_gh787_1 starts with one).
   */
  static boolean isPushSetupName(DlmsData data) {
    if (!isObis(data)) {
      return false;
    }
    ObisCode code = obis(data);
    return code.c() == 25 && code.d() == 9;
  }

  /** {@code structure{integer scaler, enum unit}} (PROTOCOLS.md §6.4). */
  static Optional<Scale> scalerUnit(DlmsData data) {
    if (!(data instanceof DlmsData.Sequence)) {
      return Optional.empty();
    }
    DlmsData.Sequence pair = (DlmsData.Sequence) data;
    if (!pair.isStructure()
        || pair.size() != 2
        || pair.get(0).tag() != INTEGER_TAG
        || pair.get(1).tag() != ENUM_TAG) {
      return Optional.empty();
    }
    int scaler = (int) ((DlmsData.Int) pair.get(0)).value();
    int unit = (int) ((DlmsData.Int) pair.get(1)).value();
    return Optional.of(Scale.of(scaler, DlmsUnits.symbol(unit)));
  }

  private static boolean isKey(DlmsData element) {
    return isObis(element) && !isPushSetupName(element);
  }

  private static Optional<ObisCode> nestedCode(DlmsData element) {
    if (!(element instanceof DlmsData.Sequence)) {
      return Optional.empty();
    }
    DlmsData.Sequence pair = (DlmsData.Sequence) element;
    if (!pair.isStructure() || pair.size() < 2 || pair.size() > 3 || !isKey(pair.get(0))) {
      return Optional.empty();
    }
    return Optional.of(obis(pair.get(0)));
  }
}
