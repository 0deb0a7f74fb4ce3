package io.hanport.codec.profile;

import io.hanport.codec.obis.ObisCode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Codes for values a list does not name. Value group C 128 is manufacturer specific (IEC 62056-61
 * §7.3), so no reading field maps it: {@code 0-0:128.0.E} holds the value at 1-based position E of
 * the body, readable in the reading's {@code obis} map and never mistaken for a known quantity.
 */
final class Unlabelled {

  static final int MANUFACTURER_SPECIFIC_C = 128;

  /** E is one byte; a list longer than this leaves its tail out. */
  static final int MAX_POSITION = 254;

  private Unlabelled() {}

  static boolean fits(int position) {
    return position <= MAX_POSITION;
  }

  static ObisCode code(int position) {
    return ObisCode.of(0, 0, MANUFACTURER_SPECIFIC_C, 0, position);
  }

  /** The one warning a list gets for its unnamed values, the same for every push of that list. */
  static String warning(String listName, String why, List<Integer> positions) {
    String where = positions.stream().map(p -> "0-0:128.0." + p).collect(Collectors.joining(", "));
    return "list " + listName + ": " + why + "; kept as " + where;
  }
}
