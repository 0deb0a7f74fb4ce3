package io.hanport.app.sim;

import io.hanport.codec.p1.Crc16Arc;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deliberately small P1 reader for the simulator's own tests: it checks the telegram's shape and
 * CRC and returns each line's first value. The codec's decoder replaces it for round trips.
 */
final class P1TestParser {

  private P1TestParser() {}

  /** OBIS code to the text inside its first parentheses, in line order. */
  static Map<String, String> parse(byte[] telegram) {
    String text = new String(telegram, StandardCharsets.ISO_8859_1);
    int bang = text.lastIndexOf('!');
    if (!text.startsWith("/") || bang < 0 || !text.endsWith("\r\n") || text.length() != bang + 7) {
      throw new AssertionError("not a P1 telegram: " + text);
    }
    String crc = String.format("%04X", Crc16Arc.compute(telegram, 0, bang + 1));
    if (!text.substring(bang + 1, bang + 5).equals(crc)) {
      throw new AssertionError("CRC " + text.substring(bang + 1, bang + 5) + ", computed " + crc);
    }
    String[] lines = text.substring(0, bang).split("\r\n", -1);
    if (!lines[1].isEmpty()) {
      throw new AssertionError("no blank line after the header");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 2; i < lines.length - 1; i++) {
      String line = lines[i];
      int open = line.indexOf('(');
      values.put(line.substring(0, open), line.substring(open + 1, line.indexOf(')', open)));
    }
    return values;
  }

  /** The number of a value like {@code 00006678.394*kWh}, without its unit. */
  static BigDecimal number(String value) {
    int star = value.indexOf('*');
    return new BigDecimal(star < 0 ? value : value.substring(0, star));
  }

  /** A value in k-units (kW, kWh, kvar) as whole base units (W, Wh, var). */
  static long milli(Map<String, String> values, String obis) {
    return number(values.get(obis)).movePointRight(3).longValueExact();
  }
}
