package io.hanport.app.store;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Raw readings ({@link TelegramCodec}) are deflated with the meter's first reading as a preset
 * dictionary. Consecutive readings of a meter share nearly all their bytes (OBIS codes, units,
 * header, most digits), so what a Swedish meter sends shrinks to about a hundred bytes, which is
 * what keeps 30 days of 10-second readings well inside issue 5's 100 MB.
 */
final class RawCodec {

  private final Deflater deflater;
  private byte[] buffer = new byte[4096];

  RawCodec(int level) {
    this.deflater = new Deflater(level, true);
  }

  /** Not thread-safe: the store's single writer calls it. */
  byte[] compress(byte[] raw, byte[] dictionary) {
    deflater.reset();
    deflater.setDictionary(dictionary);
    deflater.setInput(raw);
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

  static byte[] decompress(byte[] stored, byte[] dictionary) {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setDictionary(dictionary);
      inflater.setInput(stored);
      ByteArrayOutputStream raw = new ByteArrayOutputStream(stored.length * 6);
      byte[] chunk = new byte[4096];
      while (!inflater.finished()) {
        int length = inflater.inflate(chunk);
        if (length == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new StoreException(
              "a stored raw reading is damaged: its compressed bytes are cut short");
        }
        raw.write(chunk, 0, length);
      }
      return raw.toByteArray();
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
