package io.hanport.app.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The byte-exact captures under {@code captures/} (see captures/PROVENANCE.md). */
public final class TestCaptures {

  /** The Swedish reference telegram, CRC 7945. */
  public static final String SWEDISH = "p1_se_ell5_hanporten_7945.txt";

  /** A Landis+Gyr E360 telegram: a second Swedish meter. */
  public static final String SWEDISH_E360 = "p1_se_lgf5_e360_amshan_d.txt";

  /** DSMR 5.0, one telegram per second, with a meter id. */
  public static final String DUTCH_DSMR5 = "p1_dsmr_parser_v5.txt";

  /** DSMR 5.0 with a line removed: its CRC fails. */
  public static final String BAD_CRC = "p1_dsmr_parser_v5_bad_crc_line_removed.txt";

  /** Kaifa list 2 in HDLC, as hex text: what an M-Bus HAN port sends at 2400 8E1. */
  public static final String KAIFA_HDLC_HEX = "hdlc_no_kaifa_list2_roarfred.hex";

  private TestCaptures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = TestCaptures.class.getResourceAsStream("/captures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no capture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code .hex} capture's bytes. */
  public static byte[] hexBytes(String name) {
    return HexBytes.decode(bytes(name)).orElseThrow();
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.ISO_8859_1);
  }

  /** The captures one after another, as a meter sends them. */
  public static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
