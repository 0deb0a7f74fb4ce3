package io.hanport.codec.profile;

import io.hanport.codec.dlms.CosemDateTime;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The layout of one OBIS-tagged list, remembered from a push mapped the long way: a meter sends the
 * same list every few seconds and only its numbers and clocks change. A later push whose other
 * bytes are all equal to this one's (tags, lengths, OBIS codes, scaler-units, ids) has the same
 * layout by construction, so its values sit at the same offsets and convert the same way: it is
 * mapped from its bytes without being parsed again (issue 3, "Performance").
 *
 * <p>Everything the long way decided from (the profile, the list id, a Kamstrup type number) is in
 * the compared bytes; what is not compared (invoke id, date-times, numbers) is converted afresh.
 */
final class ListTemplate {

  /** One object of the telegram: the same each time, or a value to convert where it sits. */
  sealed interface Step {
    CosemObject object(byte[] apdu, int offset);
  }

  /** An object whose bytes are all compared: an id, a list name, a string that never changes. */
  record Constant(CosemObject object) implements Step {
    @Override
    public CosemObject object(byte[] apdu, int offset) {
      return object;
    }
  }

  /**
   * A value converted afresh from {@code length} bytes at {@code start} (relative to the APDU):
   * scaled, or, when no scale is known, kept raw as text.
   */
  record Value(ObisCode code, Scale scale, boolean unscaled, int tag, int start, int length)
      implements Step {
    @Override
    public CosemObject object(byte[] apdu, int offset) {
      return CosemObject.of(
          code,
          unscaled
              ? Values.unscaled(apdu, offset + start, length, tag)
              : Values.convert(apdu, offset + start, length, tag, scale));
    }
  }

  private final byte[] reference;
  private final int[] fixedStarts;
  private final int[] fixedEnds;
  private final Step[] steps;
  private final int dateTimeAt;
  private final Optional<String> manufacturer;
  private final List<String> warnings;

  /**
   * @param apdu the template push's APDU: bytes {@code [offset, limit)}
   * @param dateTimeAt where the notification's date-time sits, relative to the APDU; -1 if absent
   * @param variable pairs of [start, end) relative to the APDU that are not compared
   */
  ListTemplate(
      byte[] apdu,
      int offset,
      int limit,
      int dateTimeAt,
      List<Step> steps,
      List<int[]> variable,
      Optional<String> manufacturer,
      List<String> warnings) {
    this.reference = Arrays.copyOfRange(apdu, offset, limit);
    this.steps = steps.toArray(new Step[0]);
    this.dateTimeAt = dateTimeAt;
    this.manufacturer = manufacturer;
    this.warnings = List.copyOf(warnings);
    List<int[]> fixed = fixedSegments(variable, reference.length);
    this.fixedStarts = fixed.stream().mapToInt(range -> range[0]).toArray();
    this.fixedEnds = fixed.stream().mapToInt(range -> range[1]).toArray();
  }

  /** Whether the push has this layout: same length, same bytes outside the variable values. */
  boolean matches(byte[] apdu, int offset, int limit, Optional<String> systemTitleManufacturer) {
    if (limit - offset != reference.length || !manufacturer.equals(systemTitleManufacturer)) {
      return false;
    }
    for (int i = 0; i < fixedStarts.length; i++) {
      if (!Arrays.equals(
          apdu,
          offset + fixedStarts[i],
          offset + fixedEnds[i],
          reference,
          fixedStarts[i],
          fixedEnds[i])) {
        return false;
      }
    }
    return true;
  }

  Telegram map(byte[] apdu, int offset) {
    List<CosemObject> objects = new ArrayList<>(steps.length);
    for (Step step : steps) {
      objects.add(step.object(apdu, offset));
    }
    Optional<String> time =
        dateTimeAt < 0 ? Optional.empty() : CosemDateTime.read(apdu, offset + dateTimeAt).toIso();
    return Telegram.dlms(objects, time);
  }

  /** What the long way warned about this list: the same for every push of it. */
  List<String> warnings() {
    return warnings;
  }

  private static List<int[]> fixedSegments(List<int[]> variable, int length) {
    List<int[]> sorted = new ArrayList<>(variable);
    sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> fixed = new ArrayList<>();
    int at = 0;
    for (int[] range : sorted) {
      if (range[0] > at) {
        fixed.add(new int[] {at, range[0]});
      }
      at = Math.max(at, range[1]);
    }
    if (at < length) {
      fixed.add(new int[] {at, length});
    }
    return fixed;
  }
}
