package io.hanport.app.tariff;

import java.time.ZoneId;
import java.util.List;

/** Spot prices from a file's text, CSV or JSON by its first character. */
public final class PriceFiles {

  private PriceFiles() {}

  /**
   * @param name the file's name as the user gave it, for messages
   * @param zone the time zone of times written without an offset
   * @param currency prices' currency where the file names none
   * @throws TariffException naming the line and what is wrong with it
   */
  public static List<SpotPrice> parse(String name, String text, ZoneId zone, String currency)
      throws TariffException {
    String start = text.replace("\uFEFF", "").strip();
    if (start.startsWith("[") || start.startsWith("{")) {
      return PriceJson.parse(name, text, zone, currency);
    }
    return PriceCsv.parse(name, text, zone, currency);
  }
}
