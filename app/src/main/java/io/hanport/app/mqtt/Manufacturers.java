package io.hanport.app.mqtt;

import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import java.util.Locale;
import java.util.Map;

/**
 * A meter's manufacturer, for Home Assistant's device card: from the three-letter DLMS FLAG id
 * that starts a P1 header (PROTOCOLS.md §1.4) or a DLMS list id (§6.5).
 */
final class Manufacturers {

  private static final Map<String, String> BY_FLAG_ID =
      Map.ofEntries(
          Map.entry("ADN", "Aidon"),
          Map.entry("AID", "Aidon"),
          Map.entry("KAM", "Kamstrup"),
          Map.entry("KFM", "Kaifa"),
          Map.entry("LGF", "Landis+Gyr"),
          Map.entry("LGZ", "Landis+Gyr"),
          Map.entry("XMX", "Landis+Gyr"),
          Map.entry("ISK", "Iskraemeco"),
          Map.entry("SAG", "Sagemcom"),
          Map.entry("EST", "Sagemcom"),
          Map.entry("LUX", "Sagemcom"),
          Map.entry("FLU", "Fluvius"),
          Map.entry("ESY", "EasyMeter"),
          Map.entry("EGM", "Elgama"));

  private Manufacturers() {}

  static String of(Reading reading) {
    String source = reading.text(Field.HEADER).or(() -> reading.text(Field.LIST_ID)).orElse("");
    if (source.length() < 3) {
      return "Unknown";
    }
    return BY_FLAG_ID.getOrDefault(source.substring(0, 3).toUpperCase(Locale.ROOT), "Unknown");
  }
}
