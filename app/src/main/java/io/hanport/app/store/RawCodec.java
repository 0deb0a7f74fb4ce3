package io.hanport.app.store;

import io.hanport.app.pipeline.MeterReading;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The stored form of a raw reading. The meter's first reading ({@link TelegramCodec} form) is its
 * dictionary; a later reading with the same layout, nearly all of them, is written against it as a
 * {@link TelegramTemplate}, any other is deflated with it as a preset dictionary. Either way what a
 * Swedish meter sends shrinks to about a hundred bytes, which is what keeps 30 days of 10-second
 * readings well inside issue 5's 100 MB.
 */
final class RawCodec {

  private final Deflater deflater;
  private byte[] buffer = new byte[4096];

  RawCodec(int level) {
    this.deflater = new Deflater(level, true);
  }

  /**
   * The reading's stored form; the first reading of a meter becomes its dictionary. Not
   * thread-safe: the store's single writer calls it.
   */
  byte[] encode(MeterReading reading, MeterState meter) {
    if (meter.dictionary == null) {
      meter.dictionary = TelegramCodec.encode(reading);
      meter.dictionaryChanged = true;
    }
    if (meter.template == null) {
      meter.template = TelegramTemplate.of(meter.dictionary);
    }
    Optional<byte[]> compact = meter.template.encode(reading);
    if (compact.isPresent()) {
      return compact.get();
    }
    return compress(TelegramCodec.encode(reading), meter.dictionary);
  }

  /** Decodes stored readings of one meter after another, parsing each dictionary once. */
  static final class Reader {
    private byte[] dictionary;
    private TelegramTemplate template;

    TelegramCodec.Decoded decode(byte[] stored, byte[] meterDictionary) {
      if (!TelegramTemplate.isCompact(stored)) {
        return TelegramCodec.decode(decompress(stored, meterDictionary));
      }
      if (template == null || !Arrays.equals(dictionary, meterDictionary)) {
        template = TelegramTemplate.of(meterDictionary);
        dictionary = meterDictionary;
      }
      return template.decode(stored);
    }
  }

  private byte[] compress(byte[] raw, byte[] dictionary) {
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

  private static byte[] decompress(byte[] stored, byte[] dictionary) {
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
