package io.hanport.app.sim;

import io.hanport.codec.obis.ObisCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes A-XDR data (PROTOCOLS.md §6.4): one tag byte per value, big-endian numbers. */
final class AxdrWriter {

  static final int ARRAY = 0x01;
  static final int STRUCTURE = 0x02;
  static final int DOUBLE_LONG_UNSIGNED = 0x06;
  static final int OCTET_STRING = 0x09;
  static final int VISIBLE_STRING = 0x0A;
  static final int INTEGER = 0x0F;
  static final int LONG = 0x10;
  static final int LONG_UNSIGNED = 0x12;
  static final int ENUM = 0x16;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(320);

  AxdrWriter array(int count) {
    out.write(ARRAY);
    writeLength(out, count);
    return this;
  }

  AxdrWriter structure(int count) {
    out.write(STRUCTURE);
    writeLength(out, count);
    return this;
  }

  AxdrWriter octetString(byte[] bytes) {
    out.write(OCTET_STRING);
    writeLength(out, bytes.length);
    out.writeBytes(bytes);
    return this;
  }

  /** A COSEM logical name: the six value groups as an octet string. */
  AxdrWriter obis(ObisCode code) {
    return octetString(new byte[] {(byte) code.a(), (byte) code.b(), (byte) code.c(),
        (byte) code.d(), (byte) code.e(), (byte) code.f()});
  }

  AxdrWriter visibleString(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    out.write(VISIBLE_STRING);
    writeLength(out, bytes.length);
    out.writeBytes(bytes);
    return this;
  }

  /** Kaifa sends its list id, meter id and type as octet strings of ASCII (capture roarfred). */
  AxdrWriter asciiOctetString(String text) {
    return octetString(text.getBytes(StandardCharsets.US_ASCII));
  }

  AxdrWriter doubleLongUnsigned(long value) {
    out.write(DOUBLE_LONG_UNSIGNED);
    return bigEndian(value, 4);
  }

  AxdrWriter longSigned(int value) {
    out.write(LONG);
    return bigEndian(value, 2);
  }

  AxdrWriter longUnsigned(int value) {
    out.write(LONG_UNSIGNED);
    return bigEndian(value, 2);
  }

  /** {@code 02 02 0F <scaler> 16 <unit>}: value = raw × 10^scaler, unit per the DLMS enum. */
  AxdrWriter scalerUnit(int scaler, int unit) {
    structure(2);
    out.write(INTEGER);
    out.write(scaler);
    out.write(ENUM);
    out.write(unit);
    return this;
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  /** An A-XDR length: one byte below 0x80, else 0x81 or 0x82 and the length's bytes. */
  static void writeLength(ByteArrayOutputStream out, int length) {
    if (length < 0x80) {
      out.write(length);
    } else if (length <= 0xFF) {
      out.write(0x81);
      out.write(length);
    } else {
      out.write(0x82);
      out.write(length >>> 8);
      out.write(length);
    }
  }

  private AxdrWriter bigEndian(long value, int bytes) {
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift));
    }
    return this;
  }
}
