package io.hanport.codec.dlms.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The captures copied byte for byte into {@code src/test/resources/captures} (provenance in
 * PROVENANCE.md there). Each file is upper-case hex, one line per link-layer frame.
 */
public final class Captures {

  private Captures() {}

  /** All bytes of a capture, e.g. {@code bytes("hdlc/hdlc_se_aidon_scaler_gh156.hex")}. */
  public static byte[] bytes(String name) {
    return Hex.bytes(text(name));
  }

  /** The capture's frames, one per line. */
  public static List<byte[]> lines(String name) {
    List<byte[]> lines = new ArrayList<>();
    for (String line : text(name).split("\\R")) {
      if (!line.isBlank()) {
        lines.add(Hex.bytes(line));
      }
    }
    return lines;
  }

  /** The names of every capture in one folder, sorted, e.g. {@code folder("apdu")}. */
  public static List<String> folder(String folder) {
    try {
      URL url = Captures.class.getResource("/captures/" + folder);
      Path path = Paths.get(url.toURI());
      try (Stream<Path> files = Files.list(path)) {
        return files
            .map(file -> folder + "/" + file.getFileName())
            .filter(name -> name.endsWith(".hex"))
            .sorted()
            .collect(Collectors.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(String name) {
    try (InputStream in = Captures.class.getResourceAsStream("/captures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no capture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
