package io.hanport.codec.p1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The byte-exact P1 captures under {@code captures/p1} (see captures/PROVENANCE.md). */
final class Captures {

  /** Captures the framer must reject: their CRC fails or their '!' line is missing. */
  static final List<String> KNOWN_BAD = List.of(
      "p1_dsmr_parser_v5_bad_crc_line_removed",
      "p1_dsmr_parser_v5_truncated_no_terminator",
      "p1_pl_egm5_gama150_gh1177",
      "p1_at_est5_t210_gh264",
      "p1_pl_kfm5_ma309_decrypted_gh1067",
      "p1_nl_dsmr502_spec_example");

  private Captures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Captures.class.getResourceAsStream("/captures/p1/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalArgumentException("no capture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every capture's name, without the {@code .txt}. */
  static List<String> all() {
    try (Stream<Path> files = Files.list(resource("/captures/p1"))) {
      return files.map(file -> file.getFileName().toString())
          .map(name -> name.substring(0, name.length() - ".txt".length()))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Captures that frame into one telegram: a valid CRC or none at all. */
  static List<String> decodable() {
    return all().stream().filter(name -> !KNOWN_BAD.contains(name)).collect(Collectors.toList());
  }

  /** The golden file {@code golden/p1/NAME.json}, or {@code NAME.reading.json} and the like. */
  static String golden(String fileName) {
    try {
      return Files.readString(resource("/golden/p1/" + fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    URL url = Captures.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
