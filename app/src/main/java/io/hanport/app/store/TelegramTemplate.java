package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A meter's first stored reading (its dictionary, {@link TelegramCodec} form) as the template its
 * later readings are written against. A meter sends the same objects in the same order every time
 * and only the values change, so a reading with the template's layout is stored as one varint per
 * object: the difference of a number to the template's, or a text. That is smaller than deflating
 * the whole telegram against the dictionary and an order of magnitude cheaper: writing and
 * deflating the telegram was over half of PostgreSQL's ingest time (issue 5, StoreBench). A reading
 * with another layout is not written here: {@link RawCodec} deflates it.
 *
 * <p>Stored form: a first byte with both {@link #MARKER} bits set, which no raw deflate stream can
 * start with (RFC 1951 §3.2.3: block type 11 is reserved), so both forms share the column; a flags
 * byte; the strings that differ from the template; then per template object one varint {@code x}:
 * even, a number with the template's scale and unit, {@code x/2} the zigzag difference of its
 * unscaled value; {@link #SAME} the template's object; {@link #TEXT} a text; {@link #OBJECT} the
 * object in {@link TelegramCodec}'s form.
 */
final class TelegramTemplate {

  static final int MARKER = 0x06;
  private static final long SAME = 1;
  private static final long TEXT = 3;
  private static final long OBJECT = 5;
  private static final int PROTOCOL_DIFFERS = 1;
  private static final int ENCRYPTED = 2;
  private static final int HEADER_DIFFERS = 4;
  private static final int SOURCE_DIFFERS = 8;
  private static final int HAS_METER_TIME = 16;

  /**
   * Unscaled values of up to 18 digits (below 2^60) leave room for the difference, zigzag and tag
   * bit in 64 bits.
   */
  private static final int MAX_DELTA_DIGITS = 18;

  private final Telegram template;
  private final String source;
  private final List<CosemObject> objects;
  private final long[] unscaled;
  private final boolean[] plainNumber;

  private TelegramTemplate(TelegramCodec.Decoded dictionary) {
    this.template = dictionary.telegram();
    this.source = dictionary.source();
    this.objects = template.objects();
    this.unscaled = new long[objects.size()];
    this.plainNumber = new boolean[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      CosemObject object = objects.get(i);
      if (object.value() instanceof CosemValue.Quantity && object.captureTime().isEmpty()) {
        BigDecimal value = ((CosemValue.Quantity) object.value()).value();
        plainNumber[i] = value.precision() <= MAX_DELTA_DIGITS;
        unscaled[i] = plainNumber[i] ? unscaled(value) : 0;
      }
    }
  }

  static TelegramTemplate of(byte[] dictionary) {
    return new TelegramTemplate(TelegramCodec.decode(dictionary));
  }

  static boolean isCompact(byte[] stored) {
    return stored.length > 0 && (stored[0] & MARKER) == MARKER;
  }

  /** The compact form, or empty when the reading's objects are not the template's. */
  Optional<byte[]> encode(MeterReading meterReading) {
    Reading reading = meterReading.reading();
    List<CosemObject> sent = reading.objects();
    if (sent.size() != objects.size()) {
      return Optional.empty();
    }
    String meterTime = reading.text(Field.METER_TIME).orElse("");
    String header = reading.text(Field.HEADER).orElse("");
    CompactWriter out = new CompactWriter();
    out.writeByte(MARKER);
    int flags = reading.encrypted() ? ENCRYPTED : 0;
    flags |= reading.protocol().equals(template.protocol()) ? 0 : PROTOCOL_DIFFERS;
    flags |= header.equals(template.header()) ? 0 : HEADER_DIFFERS;
    flags |= meterReading.source().equals(source) ? 0 : SOURCE_DIFFERS;
    flags |= meterTime.isEmpty() ? 0 : HAS_METER_TIME;
    out.writeByte(flags);
    boolean written =
        ((flags & PROTOCOL_DIFFERS) == 0 || out.writeAscii(reading.protocol()))
            && ((flags & HEADER_DIFFERS) == 0 || out.writeAscii(header))
            && ((flags & SOURCE_DIFFERS) == 0 || out.writeAscii(meterReading.source()))
            && ((flags & HAS_METER_TIME) == 0 || out.writeAscii(meterTime));
    for (int i = 0; written && i < sent.size(); i++) {
      written = writeObject(out, i, sent.get(i));
    }
    return written ? Optional.of(out.toByteArray()) : Optional.empty();
  }

  private boolean writeObject(CompactWriter out, int index, CosemObject object) {
    CosemObject expected = objects.get(index);
    if (!object.code().equals(expected.code())) {
      return false;
    }
    if (plainNumber[index] && isNumberLike(object, expected)) {
      BigDecimal value = ((CosemValue.Quantity) object.value()).value();
      if (value.precision() <= MAX_DELTA_DIGITS) {
        long delta = unscaled(value) - unscaled[index];
        out.writeVarint(((delta << 1) ^ (delta >> 63)) << 1);
        return true;
      }
    }
    if (object.equals(expected)) {
      out.writeVarint(SAME);
    } else if (object.value() instanceof CosemValue.Text
        && object.captureTime().isEmpty()
        && CompactWriter.isAscii(((CosemValue.Text) object.value()).text())) {
      out.writeVarint(TEXT);
      out.writeAscii(((CosemValue.Text) object.value()).text());
    } else {
      out.writeVarint(OBJECT);
      out.writeObject(object);
    }
    return true;
  }

  /** Without BigInteger: a compact BigDecimal moved to scale 0 hands out its long directly. */
  private static long unscaled(BigDecimal value) {
    return value.movePointRight(value.scale()).longValue();
  }

  /** A number without capture time in the template's scale and unit. */
  private static boolean isNumberLike(CosemObject object, CosemObject expected) {
    if (!(object.value() instanceof CosemValue.Quantity) || object.captureTime().isPresent()) {
      return false;
    }
    CosemValue.Quantity quantity = (CosemValue.Quantity) object.value();
    CosemValue.Quantity template = (CosemValue.Quantity) expected.value();
    return quantity.value().scale() == template.value().scale()
        && quantity.unit().equals(template.unit());
  }

  TelegramCodec.Decoded decode(byte[] stored) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      in.readUnsignedByte();
      int flags = in.readUnsignedByte();
      String protocol = (flags & PROTOCOL_DIFFERS) == 0 ? template.protocol() : readAscii(in);
      String header = (flags & HEADER_DIFFERS) == 0 ? template.header() : readAscii(in);
      String readingSource = (flags & SOURCE_DIFFERS) == 0 ? source : readAscii(in);
      String meterTime = (flags & HAS_METER_TIME) == 0 ? "" : readAscii(in);
      List<CosemObject> sent = new ArrayList<>(objects.size());
      for (int i = 0; i < objects.size(); i++) {
        sent.add(readObject(in, i));
      }
      Telegram telegram =
          new Telegram(
              protocol,
              header,
              sent,
              (flags & ENCRYPTED) != 0,
              TelegramCodec.notificationTime(meterTime));
      return new TelegramCodec.Decoded(telegram, readingSource);
    } catch (IOException damaged) {
      throw TelegramCodec.damaged(damaged);
    }
  }

  private CosemObject readObject(DataInputStream in, int index) throws IOException {
    CosemObject expected = objects.get(index);
    long tag = readVarint(in);
    if ((tag & 1) == 0 && plainNumber[index]) {
      long zigzag = tag >>> 1;
      long value = unscaled[index] + ((zigzag >>> 1) ^ -(zigzag & 1));
      CosemValue.Quantity quantity = (CosemValue.Quantity) expected.value();
      BigDecimal decimal = BigDecimal.valueOf(value, quantity.value().scale());
      return CosemObject.of(expected.code(), new CosemValue.Quantity(decimal, quantity.unit()));
    } else if (tag == SAME) {
      return expected;
    } else if (tag == TEXT) {
      return CosemObject.of(expected.code(), new CosemValue.Text(readAscii(in)));
    } else if (tag == OBJECT) {
      return TelegramCodec.readObject(in);
    }
    throw new IOException("unknown object tag " + tag);
  }

  private static String readAscii(DataInputStream in) throws IOException {
    byte[] text = new byte[(int) readVarint(in)];
    in.readFully(text);
    return new String(text, StandardCharsets.US_ASCII);
  }

  private static long readVarint(DataInputStream in) throws IOException {
    long value = 0;
    for (int shift = 0; shift < Long.SIZE; shift += 7) {
      int next = in.readUnsignedByte();
      value |= (long) (next & 0x7f) << shift;
      if (next < 0x80) {
        return value;
      }
    }
    throw new IOException("a varint runs past 64 bits");
  }
}
