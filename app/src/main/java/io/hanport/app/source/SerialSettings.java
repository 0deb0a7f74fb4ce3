package io.hanport.app.source;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A UART's line settings, written as users and datasheets write them: {@code 115200 8N1}.
 *
 * @param baud bits per second
 * @param dataBits 7 or 8 (5 and 6 exist on UARTs, no meter uses them)
 * @param parity none, even or odd
 * @param stopBits 1 or 2
 */
public record SerialSettings(int baud, int dataBits, Parity parity, int stopBits) {

  /** The parity bit a UART adds to each character. */
  public enum Parity {
    NONE('N'),
    EVEN('E'),
    ODD('O');

    private final char letter;

    Parity(char letter) {
      this.letter = letter;
    }

    public char letter() {
      return letter;
    }
  }

  /**
   * What detection tries, in this order, keeping the first that yields valid frames: Swedish P1 and
   * DSMR 4/5 (PROTOCOLS.md §1.2, §2), DSMR 2.2/3 (§2), then the M-Bus HAN ports, Kaifa/Aidon at 8E1
   * and Kamstrup at 8N1 (§6.1).
   */
  public static final List<SerialSettings> DETECTION_ORDER =
      List.of(
          new SerialSettings(115200, 8, Parity.NONE, 1),
          new SerialSettings(9600, 7, Parity.EVEN, 1),
          new SerialSettings(2400, 8, Parity.EVEN, 1),
          new SerialSettings(2400, 8, Parity.NONE, 1));

  public SerialSettings {
    if (baud <= 0) {
      throw new IllegalArgumentException("baud must be a positive number, not " + baud);
    }
    if (dataBits < 5 || dataBits > 8) {
      throw new IllegalArgumentException("databits must be 5 to 8, not " + dataBits);
    }
    if (stopBits != 1 && stopBits != 2) {
      throw new IllegalArgumentException("stopbits must be 1 or 2, not " + stopBits);
    }
  }

  /**
   * Settings from an input URI's query ({@code baud=2400&parity=even}); empty when the query names
   * none, which asks for detection. Data bits default to 8, parity to none, stop bits to 1.
   */
  static Optional<SerialSettings> fromQuery(Map<String, String> query) {
    if (query.isEmpty()) {
      return Optional.empty();
    }
    String baud = query.get("baud");
    if (baud == null) {
      throw new IllegalArgumentException(
          "serial settings need baud= too (e.g. ?baud=2400&parity=even), or none at all to"
              + " detect them");
    }
    return Optional.of(
        new SerialSettings(
            number("baud", baud),
            number("databits", query.getOrDefault("databits", "8")),
            parity(query.getOrDefault("parity", "none")),
            number("stopbits", query.getOrDefault("stopbits", "1"))));
  }

  /** The query that selects these settings, for URIs in logs and hints. */
  public String query() {
    return "baud="
        + baud
        + "&parity="
        + parity.name().toLowerCase(Locale.ROOT)
        + "&databits="
        + dataBits
        + "&stopbits="
        + stopBits;
  }

  /** {@code 115200 8N1}. */
  @Override
  public String toString() {
    return baud + " " + dataBits + parity.letter() + stopBits;
  }

  private static int number(String name, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException notNumber) {
      throw new IllegalArgumentException(name + " must be a number, not '" + text + "'");
    }
  }

  private static Parity parity(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "none":
      case "n":
        return Parity.NONE;
      case "even":
      case "e":
        return Parity.EVEN;
      case "odd":
      case "o":
        return Parity.ODD;
      default:
        throw new IllegalArgumentException("parity must be none, even or odd, not '" + text + "'");
    }
  }
}
