package io.hanport.app.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/** Reads the byte-exact captures under src/test/resources/captures (see PROVENANCE.md there). */
final class Captures {

  private Captures() {}

  static byte[] bytes(String path) {
    try (InputStream in = Captures.class.getResourceAsStream("/captures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no capture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .hex capture: upper-case hex, whitespace and line breaks not significant. */
  static byte[] hex(String path) {
    String text = new String(bytes(path), java.nio.charset.StandardCharsets.US_ASCII);
    return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
  }
}
