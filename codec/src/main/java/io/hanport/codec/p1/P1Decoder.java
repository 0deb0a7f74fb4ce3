package io.hanport.codec.p1;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a framed P1 telegram (PROTOCOLS.md §1.4, §2–§5) into a {@link Telegram}: the
 * identification line without its {@code /}, then every data object in wire order, duplicates
 * kept. Numbers stay exact decimals with the meter's scale and unit ({@code 00006678.394*kWh} is
 * 6678.394 kWh); identifiers, timestamps and codes stay raw text, for the reading mapper to
 * interpret. How each object is typed is data: {@link P1ObjectSpecs}.
 *
 * <p>A telegram laid out as the one before it, digits aside, is built from that one's {@link
 * P1Shape}, which gives the same objects. So one decoder serves one meter's stream and is not
 * thread-safe. The frame's checksum was checked by {@link P1Framer}; this class never sees a
 * telegram whose CRC failed.
 */
public final class P1Decoder {

  private static final byte START = '/';
  private static final byte END = '!';

  /** Typical telegrams carry 10–40 objects. */
  private static final int EXPECTED_OBJECTS = 40;

  /**
   * After this many shapes in a row that no telegram matched, the stream's telegrams differ in
   * more than digits (a text that changes at constant length): making a shape of each would cost
   * more than it saves, so only every {@link #RETRY_INTERVAL}th telegram is tried.
   */
  private static final int MAX_UNMATCHED_SHAPES = 4;

  private static final int RETRY_INTERVAL = 32;

  private final P1ObjectBuilder builder = new P1ObjectBuilder();
  private final P1ShapeRecorder lastRead = new P1ShapeRecorder();
  private P1Shape lastShape;
  private boolean lastShapeMatched;
  private int unmatchedShapes;
  private int shapesSkipped;

  public Telegram decode(P1Frame frame) throws DecodeException {
    byte[] raw = frame.raw();
    int end = lastIndexOf(raw, END);
    if (raw.length == 0 || raw[0] != START || end < 0) {
      throw new DecodeException(Reason.MALFORMED, "not a P1 telegram: no '/' ... '!'");
    }
    if (lastShape == null && lastRead.sameLength(end) && worthShaping()) {
      lastShape = lastRead.shape();
      lastShapeMatched = false;
    }
    if (lastShape != null && lastShape.matches(raw, end)) {
      lastShapeMatched = true;
      unmatchedShapes = 0;
      CosemObject[] objects = new CosemObject[lastShape.objectCount()];
      lastShape.buildObjects(raw, builder, objects);
      return Telegram.dsmr(lastShape.header(), List.of(objects));
    }
    return readLines(raw, end);
  }

  /** Reads the telegram line by line, and records where its objects lie for the next one. */
  private Telegram readLines(byte[] raw, int end) throws DecodeException {
    if (lastShape != null && !lastShapeMatched) {
      unmatchedShapes++;
    }
    lastShape = null;
    lastRead.clear();
    int headerEnd = 1;
    while (headerEnd < end && raw[headerEnd] != '\r' && raw[headerEnd] != '\n') {
      headerEnd++;
    }
    String header = new String(raw, 1, headerEnd - 1, StandardCharsets.ISO_8859_1);
    List<CosemObject> objects = new ArrayList<>(EXPECTED_OBJECTS);
    new P1LineReader(raw, headerEnd, end, builder, lastRead).readObjects(objects);
    if (objects.isEmpty()) {
      // Without data lines there is nothing to read; without a CRC (DSMR 2.2/3) such a "telegram"
      // is more likely a '/' ... '!' in line noise than a meter's.
      throw new DecodeException(Reason.MALFORMED, "a telegram without data objects");
    }
    lastRead.finish(raw, end, header, objects);
    return Telegram.dsmr(header, objects);
  }

  private boolean worthShaping() {
    return unmatchedShapes < MAX_UNMATCHED_SHAPES || ++shapesSkipped % RETRY_INTERVAL == 0;
  }

  /** The framer ends a telegram at its first '!', so the last '!' is that one, a few bytes in. */
  private static int lastIndexOf(byte[] raw, byte wanted) {
    for (int i = raw.length - 1; i >= 0; i--) {
      if (raw[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
