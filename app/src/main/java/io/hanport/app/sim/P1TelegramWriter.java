package io.hanport.app.sim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Writes one P1 telegram (PROTOCOLS.md §1.4): {@code /header}, CR LF, a blank line, one
 * {@code OBIS(value)...} line per object, then {@code !} and the CRC-16/ARC of every byte from
 * {@code /} through {@code !} as four upper-case hex digits (§1.5). Numbers are formatted by hand:
 * a simulated year is millions of telegrams and {@code String.format} would dominate the time.
 */
final class P1TelegramWriter {

  private static final String CRLF = "\r\n";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder text = new StringBuilder(1100);

  P1TelegramWriter(String header) {
    text.append('/').append(header).append(CRLF).append(CRLF);
  }

  /** Opens a line: the OBIS code, then values added with {@link #value}. */
  P1TelegramWriter obis(String code) {
    if (text.charAt(text.length() - 1) != '\n') {
      text.append(CRLF);
    }
    text.append(code);
    return this;
  }

  P1TelegramWriter value(String value) {
    text.append('(').append(value).append(')');
    return this;
  }

  /**
   * A zero-padded number with its unit: {@code value(6678394, 8, 3, "kWh")} writes
   * {@code (00006678.394*kWh)}; an empty unit leaves out the {@code *} too.
   */
  P1TelegramWriter value(long scaled, int intDigits, int decimals, String unit) {
    text.append('(');
    fixed(scaled, intDigits, decimals);
    if (!unit.isEmpty()) {
      text.append('*').append(unit);
    }
    text.append(')');
    return this;
  }

  /** A DSMR timestamp {@code (YYMMDDhhmmssX)}, X = S while the zone keeps summer time, else W. */
  P1TelegramWriter time(Instant instant, ZoneId zone) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
    text.append('(');
    pad(local.getYear() % 100, 2);
    pad(local.getMonthValue(), 2);
    pad(local.getDayOfMonth(), 2);
    pad(local.getHour(), 2);
    pad(local.getMinute(), 2);
    pad(local.getSecond(), 2);
    text.append(zone.getRules().isDaylightSavings(instant) ? 'S' : 'W').append(')');
    return this;
  }

  /** Closes the last line and appends {@code !CRC} CR LF. */
  byte[] finish() {
    text.append(CRLF).append('!');
    int bodyLength = text.length();
    text.append("0000").append(CRLF);
    byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    int crc = Crc16.arc(bytes, 0, bodyLength);
    for (int digit = 0; digit < 4; digit++) {
      bytes[bodyLength + digit] = (byte) HEX[(crc >>> (12 - 4 * digit)) & 0xF];
    }
    return bytes;
  }

  /** Upper-case hex of the text's bytes: how DSMR writes equipment ids (0-0:96.1.1). */
  static String hex(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
      out.append(HEX[(b >>> 4) & 0xF]).append(HEX[b & 0xF]);
    }
    return out.toString();
  }

  private void fixed(long scaled, int intDigits, int decimals) {
    long unit = 1;
    for (int i = 0; i < decimals; i++) {
      unit *= 10;
    }
    pad(scaled / unit, intDigits);
    if (decimals > 0) {
      text.append('.');
      pad(scaled % unit, decimals);
    }
  }

  private void pad(long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }
}
