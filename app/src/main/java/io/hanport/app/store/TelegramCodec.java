package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A raw reading as stored: what the meter sent (protocol, header, every COSEM object with its value
 * and unit) plus the input's name, in a compact binary form. The contract JSON is not stored but
 * rebuilt on read through the codec's {@link ReadingMapper}, in the store's zone, which gives the
 * same reading: the mapper is a function of the telegram (READING.md). Writing JSON for every
 * reading cost more CPU than everything else ingest does, and twice the bytes.
 *
 * <p>A DLMS notification time only matters when no clock object gave {@code meter_time}, and is
 * then that {@code meter_time}: storing {@code meter_time} in its place maps to the same reading.
 */
final class TelegramCodec {

  private static final int FORMAT = 1;
  private static final byte QUANTITY = 0;
  private static final byte BIG_QUANTITY = 1;
  private static final byte TEXT = 2;
  private static final byte CAPTURED = 4;

  private TelegramCodec() {}

  static byte[] encode(MeterReading meterReading) {
    Reading reading = meterReading.reading();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(640);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeUTF(reading.protocol());
      out.writeBoolean(reading.encrypted());
      out.writeUTF(reading.text(Field.HEADER).orElse(""));
      out.writeUTF(reading.text(Field.METER_TIME).orElse(""));
      out.writeUTF(meterReading.source());
      out.writeShort(reading.objects().size());
      for (CosemObject object : reading.objects()) {
        writeObject(out, object);
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  /** What a stored reading holds: the telegram as decoded, and the name of its input. */
  record Decoded(Telegram telegram, String source) {

    /** The reading as {@link MeterReading#toJson()} wrote it when it arrived. */
    String toJson(String meter, Instant received, ReadingMapper mapper) {
      return new MeterReading(meter, source, received, mapper.map(telegram), new byte[0]).toJson();
    }
  }

  static Decoded decode(byte[] stored) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      int format = in.readUnsignedByte();
      if (format != FORMAT) {
        throw new StoreException(
            "a stored raw reading has unknown format " + format + ": upgrade hanport");
      }
      String protocol = in.readUTF();
      boolean encrypted = in.readBoolean();
      String header = in.readUTF();
      String meterTime = in.readUTF();
      String source = in.readUTF();
      int count = in.readUnsignedShort();
      List<CosemObject> objects = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        objects.add(readObject(in));
      }
      return new Decoded(
          new Telegram(protocol, header, objects, encrypted, notificationTime(meterTime)), source);
    } catch (IOException damaged) {
      throw damaged(damaged);
    }
  }

  /** An empty {@code meter_time} was none. */
  static Optional<String> notificationTime(String meterTime) {
    return meterTime.isEmpty() ? Optional.empty() : Optional.of(meterTime);
  }

  static StoreException damaged(IOException cause) {
    return new StoreException("a stored raw reading is damaged: " + cause.getMessage(), cause);
  }

  static void writeObject(DataOutputStream out, CosemObject object) throws IOException {
    ObisCode code = object.code();
    out.write(
        new byte[] {
          (byte) code.a(),
          (byte) code.b(),
          (byte) code.c(),
          (byte) code.d(),
          (byte) code.e(),
          (byte) code.f()
        });
    byte captured = object.captureTime().isPresent() ? CAPTURED : 0;
    if (object.value() instanceof CosemValue.Quantity) {
      CosemValue.Quantity quantity = (CosemValue.Quantity) object.value();
      BigInteger unscaled = quantity.value().unscaledValue();
      boolean small = unscaled.bitLength() < Long.SIZE;
      out.writeByte((small ? QUANTITY : BIG_QUANTITY) | captured);
      out.writeInt(quantity.value().scale());
      if (small) {
        out.writeLong(unscaled.longValue());
      } else {
        out.writeUTF(unscaled.toString());
      }
      out.writeUTF(quantity.unit());
    } else {
      out.writeByte(TEXT | captured);
      out.writeUTF(((CosemValue.Text) object.value()).text());
    }
    if (captured != 0) {
      out.writeUTF(object.captureTime().get());
    }
  }

  static CosemObject readObject(DataInputStream in) throws IOException {
    byte[] obis = new byte[6];
    in.readFully(obis);
    ObisCode code = ObisCode.fromBytes(obis, 0);
    int kind = in.readUnsignedByte();
    CosemValue value;
    if ((kind & TEXT) != 0) {
      value = new CosemValue.Text(in.readUTF());
    } else {
      int scale = in.readInt();
      BigInteger unscaled =
          (kind & BIG_QUANTITY) != 0
              ? new BigInteger(in.readUTF())
              : BigInteger.valueOf(in.readLong());
      value = new CosemValue.Quantity(new BigDecimal(unscaled, scale), in.readUTF());
    }
    Optional<String> captureTime =
        (kind & CAPTURED) != 0 ? Optional.of(in.readUTF()) : Optional.empty();
    return new CosemObject(code, value, captureTime);
  }
}
