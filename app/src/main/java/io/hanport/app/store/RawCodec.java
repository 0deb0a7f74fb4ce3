package io.hanport.app.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Raw readings are stored as their JSON, deflated with the meter's first JSON as a preset
 * dictionary. Consecutive readings of a meter share nearly all their text (field names, OBIS
 * codes, units, identity), so a 1.5 kB Swedish reading shrinks to a few hundred bytes, which is
 * what keeps 30 days of 10-second readings inside issue 5's 100 MB.
 */
final class RawCodec {

  private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
  private byte[] buffer = new byte[4096];

  /** Not thread-safe: the store's single writer calls it. */
  byte[] compress(byte[] json, byte[] dictionary) {
    deflater.reset();
    deflater.setDictionary(dictionary);
    deflater.setInput(json);
    deflater.finish();
    int length = 0;
    while (!deflater.finished()) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      length += deflater.deflate(buffer, length, buffer.length - length);
    }
    return Arrays.copyOf(buffer, length);
  }

  static String decompress(byte[] stored, byte[] dictionary) {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setDictionary(dictionary);
      inflater.setInput(stored);
      ByteArrayOutputStream json = new ByteArrayOutputStream(stored.length * 6);
      byte[] chunk = new byte[4096];
      while (!inflater.finished()) {
        int length = inflater.inflate(chunk);
        if (length == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new StoreException("a stored raw reading is damaged: its compressed JSON is cut short");
        }
        json.write(chunk, 0, length);
      }
      return json.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException damaged) {
      throw new StoreException("a stored raw reading is damaged: " + damaged.getMessage(), damaged);
    } finally {
      inflater.end();
    }
  }

  void close() {
    deflater.end();
  }
}
