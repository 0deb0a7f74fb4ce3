package io.hanport.codec.dlms;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Reason;
import java.util.Optional;

/**
 * The data-notification APDU (tag 0x0F) every HAN push is (PROTOCOLS.md §6.3):
 *
 * <pre>
 *  0F | long-invoke-id-and-priority (4) | date-time | notification-body (one A-XDR Data value)
 *  date-time: 00 (absent: Aidon) | 0C + 12 bytes (Kamstrup, Iskra, L+G) | 09 0C + 12 bytes (Kaifa,
 *             Kamstrup before HAN-NVE rev 3.0)
 * </pre>
 *
 * The body is node 0 of {@link #body()}.
 *
 * @param offset where the APDU starts in the body's {@link AxdrTree#source() source}
 * @param limit where it ends there
 */
public record DataNotification(
    long invokeIdAndPriority,
    Optional<CosemDateTime> dateTime,
    AxdrTree body,
    int offset,
    int limit) {

  public static final int TAG = 0x0F;

  private static final int ABSENT = 0x00;
  private static final int DATE_TIME_LENGTH = 0x0C;

  /**
   * Parses the APDU filling {@code apdu[offset, limit)} exactly; bytes left after the body make it
   * {@link Reason#MALFORMED}, which also unmasks a ciphertext decrypted with the wrong key.
   */
  public static DataNotification parse(byte[] apdu, int offset, int limit) throws DecodeException {
    AxdrReader reader = new AxdrReader(apdu, offset, limit);
    int tag = reader.readByte();
    if (tag != TAG) {
      throw new DecodeException(Reason.MALFORMED, String.format("APDU tag %02X is not 0F", tag));
    }
    long invokeIdAndPriority = reader.readUnsigned(4);
    Optional<CosemDateTime> dateTime = readDateTime(reader, apdu);
    AxdrTree body = reader.readTree();
    if (reader.remaining() != 0) {
      throw new DecodeException(
          Reason.MALFORMED,
          reader.remaining() + " bytes after the notification body at byte " + reader.position());
    }
    return new DataNotification(invokeIdAndPriority, dateTime, body, offset, limit);
  }

  /** The three encodings meters use for the optional date-time. */
  private static Optional<CosemDateTime> readDateTime(AxdrReader reader, byte[] apdu)
      throws DecodeException {
    int first = reader.readByte();
    if (first == ABSENT) {
      return Optional.empty();
    }
    if (first == Axdr.OCTET_STRING) {
      first = reader.readByte();
    }
    if (first != DATE_TIME_LENGTH) {
      throw new DecodeException(
          Reason.MALFORMED,
          String.format(
              "date-time length %02X at byte %d, 0C expected", first, reader.position() - 1));
    }
    int at = reader.position();
    reader.readBytes(CosemDateTime.LENGTH);
    return Optional.of(CosemDateTime.read(apdu, at));
  }

  /** Where the date-time's 12 bytes start, relative to the APDU, when there is one. */
  public int dateTimeOffset() {
    byte[] source = body.source();
    return source[offset + 5] == Axdr.OCTET_STRING ? 7 : 6;
  }

  /** Where the body starts in a notification whose header {@link #end} accepted. */
  static int bodyOffset(byte[] apdu, int offset) {
    int dateTimeAt = offset + 5;
    int first = apdu[dateTimeAt];
    if (first == ABSENT) {
      return dateTimeAt + 1;
    }
    return dateTimeAt + (first == Axdr.OCTET_STRING ? 2 : 1) + CosemDateTime.LENGTH;
  }

  /**
   * Where a data-notification starting at {@code apdu[offset]} ends, found without building it: the
   * index after it, {@link AxdrReader#NEED_MORE} or {@link AxdrReader#INVALID}.
   */
  public static int end(byte[] apdu, int offset, int limit) {
    int position = offset + 5;
    if (position >= limit) {
      return AxdrReader.NEED_MORE;
    }
    if (apdu[offset] != TAG) {
      return AxdrReader.INVALID;
    }
    int first = apdu[position] & 0xFF;
    if (first == Axdr.OCTET_STRING) {
      position++;
      if (position >= limit) {
        return AxdrReader.NEED_MORE;
      }
      first = apdu[position] & 0xFF;
      if (first != DATE_TIME_LENGTH) {
        return AxdrReader.INVALID;
      }
    }
    if (first == DATE_TIME_LENGTH) {
      position += CosemDateTime.LENGTH;
    } else if (first != ABSENT) {
      return AxdrReader.INVALID;
    }
    return AxdrReader.skip(apdu, position + 1, limit);
  }
}
