package io.hanport.app.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * A capture file: raw bytes exactly as the meter sent them, or hex text when the name ends in
 * {@code .hex}. Read as fast as the pipeline takes it, or paced like the meter ({@link
 * PacedReplay}). Its end is the end of the input.
 */
final class FileSource implements Source {

  private final Endpoint.File endpoint;
  private final PacedReplay.Pauses pauses;

  FileSource(Endpoint.File endpoint, PacedReplay.Pauses pauses) {
    this.endpoint = endpoint;
    this.pauses = pauses;
  }

  @Override
  public String uri() {
    return endpoint.uri();
  }

  @Override
  public boolean retries() {
    return false;
  }

  @Override
  public Connection open() throws IOException {
    if (endpoint.hexText() || endpoint.realtime()) {
      byte[] bytes = bytes();
      return endpoint.realtime()
          ? PacedReplay.of(bytes, endpoint.interval(), pauses)
          : new Chunks(bytes);
    }
    InputStream in = openStream();
    return new Connection() {
      @Override
      public int read(byte[] buffer) throws IOException {
        return in.read(buffer);
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  private byte[] bytes() throws IOException {
    byte[] content;
    try (InputStream in = openStream()) {
      content = in.readAllBytes();
    }
    if (!endpoint.hexText()) {
      return content;
    }
    return HexBytes.decode(content)
        .orElseThrow(
            () ->
                new IOException(
                    "not hex text (a .hex capture holds hex digit pairs and whitespace only)"));
  }

  private InputStream openStream() throws IOException {
    try {
      return Files.newInputStream(endpoint.path());
    } catch (NoSuchFileException missing) {
      throw new IOException("no such file", missing);
    } catch (AccessDeniedException denied) {
      throw new IOException("permission denied", denied);
    }
  }

  /** Bytes already in memory, handed out as a stream. */
  static final class Chunks implements Connection {
    private final byte[] bytes;
    private int position;

    Chunks(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read(byte[] buffer) {
      if (position >= bytes.length) {
        return -1;
      }
      int count = Math.min(buffer.length, bytes.length - position);
      System.arraycopy(bytes, position, buffer, 0, count);
      position += count;
      return count;
    }

    @Override
    public void close() {}
  }
}
