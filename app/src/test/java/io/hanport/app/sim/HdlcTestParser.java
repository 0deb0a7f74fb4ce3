package io.hanport.app.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A deliberately small HDLC + data-notification reader for the simulator's own tests: it checks
 * length, HCS, FCS, LLC and APDU tag, and flattens the A-XDR body into its leaf values (Long for
 * numbers, String for visible strings, byte[] for octet strings), failing on anything left over.
 */
final class HdlcTestParser {

  /** The leaves of the notification body, in order, and the notification's date-time field. */
  record Notification(byte[] dateTimeField, List<Object> values) {}

  private final byte[] bytes;
  private int position;

  private HdlcTestParser(byte[] bytes) {
    this.bytes = bytes;
  }

  static Notification parse(byte[] frame) {
    return new HdlcTestParser(frame).notification();
  }

  private Notification notification() {
    int length = ((bytes[1] & 0x07) << 8) | (bytes[2] & 0xFF);
    check(bytes[0] == 0x7E && (bytes[1] & 0xF0) == 0xA0, "flag and format type 3");
    check(length == bytes.length - 2 && bytes[bytes.length - 1] == 0x7E, "length field");
    position = 3;
    skipAddress();
    skipAddress();
    position++;
    checkCrc(position, "HCS");
    position += 2;
    check(take() == 0xE6 && take() == 0xE7 && take() == 0x00, "LLC E6 E7 00");
    check(take() == 0x0F, "data-notification");
    position += 4;
    int dateTimeStart = position;
    int first = take();
    if (first == AxdrWriter.OCTET_STRING) {
      check(take() == 12, "date-time length");
      position += 12;
    } else if (first == 12) {
      position += 12;
    } else {
      check(first == 0x00, "date-time absent (00), 0C+12 or 09 0C+12");
    }
    byte[] dateTimeField = Arrays.copyOfRange(bytes, dateTimeStart, position);
    List<Object> values = new ArrayList<>();
    readValue(values);
    check(position == bytes.length - 3, "body ends at the FCS");
    checkCrc(position, "FCS");
    return new Notification(dateTimeField, values);
  }

  private void readValue(List<Object> values) {
    int tag = take();
    switch (tag) {
      case AxdrWriter.ARRAY:
      case AxdrWriter.STRUCTURE:
        int count = take();
        for (int i = 0; i < count; i++) {
          readValue(values);
        }
        break;
      case AxdrWriter.DOUBLE_LONG_UNSIGNED:
        values.add(unsigned(4));
        break;
      case AxdrWriter.LONG:
        values.add((long) (short) unsigned(2));
        break;
      case AxdrWriter.LONG_UNSIGNED:
        values.add(unsigned(2));
        break;
      case AxdrWriter.INTEGER:
        values.add((long) (byte) take());
        break;
      case AxdrWriter.ENUM:
        values.add((long) take());
        break;
      case AxdrWriter.OCTET_STRING:
        int octets = take();
        values.add(Arrays.copyOfRange(bytes, position, position += octets));
        break;
      case AxdrWriter.VISIBLE_STRING:
        int chars = take();
        values.add(new String(bytes, position, chars, StandardCharsets.US_ASCII));
        position += chars;
        break;
      default:
        throw new AssertionError("unexpected A-XDR tag " + tag + " at " + (position - 1));
    }
  }

  private void skipAddress() {
    while ((take() & 1) == 0) {
      check(position < 8, "address of at most 4 bytes");
    }
  }

  private void checkCrc(int end, String name) {
    int crc = Fcs16.compute(bytes, 1, end - 1);
    int sent = (bytes[end] & 0xFF) | (bytes[end + 1] & 0xFF) << 8;
    check(crc == sent, name);
  }

  private long unsigned(int count) {
    long value = 0;
    for (int i = 0; i < count; i++) {
      value = value << 8 | take();
    }
    return value;
  }

  private int take() {
    return bytes[position++] & 0xFF;
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("bad " + what);
    }
  }
}
