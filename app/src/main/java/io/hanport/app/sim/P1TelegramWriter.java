package io.hanport.app.sim;

import io.hanport.codec.p1.Crc16Arc;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Writes one P1 telegram (PROTOCOLS.md §1.4): {@code /header}, CR LF, a blank line, one
 * {@code OBIS(value)...} line per object, then {@code !} and the CRC-16/ARC of every byte from
 * {@code /} through {@code !} as four upper-case hex digits (§1.5). Digits go straight into a byte
 * buffer: a simulated year is millions of telegrams, and formatting through strings would
 * dominate the time.
 */
final class P1TelegramWriter {

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private byte[] buffer = new byte[1024];
  private int length;

  P1TelegramWriter(String header) {
    write('/');
    write(header);
    crlf();
    crlf();
  }

  /** Opens a line: the OBIS code, then values added with {@link #value}. */
  P1TelegramWriter obis(String code) {
    if (buffer[length - 1] != '\n') {
      crlf();
    }
    write(code);
    return this;
  }

  P1TelegramWriter value(String value) {
    write('(');
    write(value);
    write(')');
    return this;
  }

  /**
   * A zero-padded number with its unit: {@code value(6678394, 8, 3, "kWh")} writes
   * {@code (00006678.394*kWh)}; an empty unit leaves out the {@code *} too.
   */
  P1TelegramWriter value(long scaled, int intDigits, int decimals, String unit) {
    write('(');
    long unitValue = 1;
    for (int i = 0; i < decimals; i++) {
      unitValue *= 10;
    }
    digits(scaled / unitValue, intDigits);
    if (decimals > 0) {
      write('.');
      digits(scaled % unitValue, decimals);
    }
    if (!unit.isEmpty()) {
      write('*');
      write(unit);
    }
    write(')');
    return this;
  }

  /** A DSMR timestamp {@code (YYMMDDhhmmssX)}, X = S while the zone keeps summer time, else W. */
  P1TelegramWriter time(Instant instant, ZoneId zone) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
    write('(');
    digits(local.getYear() % 100, 2);
    digits(local.getMonthValue(), 2);
    digits(local.getDayOfMonth(), 2);
    digits(local.getHour(), 2);
    digits(local.getMinute(), 2);
    digits(local.getSecond(), 2);
    write(zone.getRules().isDaylightSavings(instant) ? 'S' : 'W');
    write(')');
    return this;
  }

  /** Closes the last line and appends {@code !CRC} CR LF. */
  byte[] finish() {
    crlf();
    write('!');
    int crc = Crc16Arc.compute(buffer, 0, length);
    for (int shift = 12; shift >= 0; shift -= 4) {
      write(HEX[(crc >>> shift) & 0xF]);
    }
    crlf();
    return Arrays.copyOf(buffer, length);
  }

  /** Upper-case hex of the text's bytes: how DSMR writes equipment ids (0-0:96.1.1). */
  static String hex(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >>> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out, StandardCharsets.US_ASCII);
  }

  /** A non-negative number, zero-padded to at least {@code width} digits. */
  private void digits(long value, int width) {
    int count = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      count++;
    }
    for (int i = count; i < width; i++) {
      write('0');
    }
    ensure(count);
    long rest = value;
    for (int i = length + count - 1; i >= length; i--) {
      buffer[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    length += count;
  }

  private void crlf() {
    write('\r');
    write('\n');
  }

  private void write(String text) {
    for (int i = 0; i < text.length(); i++) {
      write(text.charAt(i));
    }
  }

  private void write(int value) {
    ensure(1);
    buffer[length++] = (byte) value;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, 2 * (length + more));
    }
  }
}
