package io.hanport.app.tariff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spot prices from JSON: an array (or {@code {"prices": [...]}}) of objects with {@code start},
 * optional {@code end}, {@code price_per_kwh} (or {@code price_per_mwh}) and optional {@code
 * currency}. Also read: the {@code time_start}/{@code time_end} and per-currency {@code
 * SEK_per_kWh}/{@code EUR_per_kWh} fields that public Swedish price APIs serve, so a user can point
 * the HTTP source at one without a converter.
 */
final class PriceJson {

  /** Decimals as written: 0.1 stays 0.1, not the double nearest to it. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final BigDecimal KWH_PER_MWH = BigDecimal.valueOf(1000);

  private final String file;
  private final TimeText times;
  private final String currency;

  private PriceJson(String file, ZoneId zone, String currency) {
    this.file = file;
    this.times = new TimeText(zone);
    this.currency = currency;
  }

  /**
   * @param currency the currency wanted: the default for objects that name none, and the one picked
   *     where an object carries a price per currency
   */
  static List<SpotPrice> parse(String file, String text, ZoneId zone, String currency)
      throws TariffException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException invalid) {
      String line = invalid.getLocation() == null ? "" : ":" + invalid.getLocation().getLineNr();
      throw new TariffException(file + line + ": not valid JSON: " + invalid.getOriginalMessage());
    }
    JsonNode array = root != null && root.isObject() ? root.path("prices") : root;
    if (array == null || !array.isArray()) {
      throw new TariffException(
          file
              + ": expected a JSON array of {\"start\", \"end\", \"price_per_kwh\", \"currency\"}");
    }
    return new PriceJson(file, zone, currency).prices(array);
  }

  private List<SpotPrice> prices(JsonNode array) throws TariffException {
    List<SpotPrice> prices = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String where = file + ": price [" + i + "]";
      JsonNode item = array.get(i);
      Instant start = times.parse(text(item, where, "start", "time_start"), null, where + " start");
      Instant end = times.parse(text(item, where, "end", "time_end"), start, where + " end");
      if (!end.isAfter(start)) {
        throw new TariffException(where + ": end " + end + " is not after start " + start);
      }
      prices.add(new SpotPrice(start, end, price(item, where), itemCurrency(item)));
    }
    return prices;
  }

  private String text(JsonNode item, String where, String... names) throws TariffException {
    for (String name : names) {
      if (item.path(name).isTextual()) {
        return item.path(name).asText();
      }
    }
    throw new TariffException(
        where + ": no '" + names[0] + "' time: each price needs its start and end");
  }

  private BigDecimal price(JsonNode item, String where) throws TariffException {
    if (item.path("price_per_kwh").isNumber()) {
      return item.path("price_per_kwh").decimalValue();
    }
    if (item.path("price_per_mwh").isNumber()) {
      return item.path("price_per_mwh").decimalValue().divide(KWH_PER_MWH);
    }
    for (Map.Entry<String, JsonNode> field : item.properties()) {
      if (field.getKey().equalsIgnoreCase(currency + "_per_kWh") && field.getValue().isNumber()) {
        return field.getValue().decimalValue();
      }
    }
    throw new TariffException(
        where + ": no number 'price_per_kwh', 'price_per_mwh' or '" + currency + "_per_kWh'");
  }

  private String itemCurrency(JsonNode item) {
    return item.path("currency").isTextual()
        ? item.path("currency").asText().toUpperCase(Locale.ROOT)
        : currency;
  }
}
