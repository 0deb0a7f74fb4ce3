package io.hanport.app.tariff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The example rule files shipped in the jar ({@code tariffs/NAME.yaml}), usable by name in {@code
 * --rules}. Each states its source and date: prices change, so check them against your contract.
 */
public final class ShippedTariffs {

  public static final List<String> NAMES =
      List.of("ellevio", "sollentuna", "elvia", "griug", "fluvius");

  private ShippedTariffs() {}

  /** The shipped file's text, or empty when there is none by that name. */
  public static Optional<String> text(String name) throws IOException {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = ShippedTariffs.class.getResourceAsStream("/tariffs/" + name + ".yaml")) {
      if (in == null) {
        throw new IOException("tariffs/" + name + ".yaml is missing from the jar");
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
