package io.hanport.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One FILE argument of {@code hanport decode}: {@code -} for stdin, a {@code *.hex} text capture
 * (the form of the test-data manifest: hex digits, whitespace free), or raw bytes as captured.
 */
abstract class Capture {

  /** Where the bytes go; {@code MeterDecoder::feed} in production. */
  interface ByteSink {
    void feed(byte[] data, int offset, int length);
  }

  private static final int CHUNK_BYTES = 64 * 1024;

  private final String displayName;

  private Capture(String displayName) {
    this.displayName = displayName;
  }

  static Capture of(String argument) {
    if (argument.equals("-")) {
      return new Stdin();
    }
    Path path = Path.of(argument);
    return argument.toLowerCase(Locale.ROOT).endsWith(".hex")
        ? new HexFile(argument, path)
        : new RawFile(argument, path);
  }

  final String displayName() {
    return displayName;
  }

  /**
   * Fails now, before any output, when the input cannot be read.
   *
   * @throws UnreadableInputException the file is missing, a directory, or unreadable
   * @throws HexText.MalformedHexException a {@code .hex} capture holds something other than hex
   */
  abstract void open();

  /** Feeds every byte to {@code sink}, in chunks as they arrive (stdin may be a live meter). */
  abstract void readInto(Terminal terminal, ByteSink sink);

  static void copy(InputStream in, ByteSink sink) throws IOException {
    byte[] buffer = new byte[CHUNK_BYTES];
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      sink.feed(buffer, 0, read);
    }
  }

  UnreadableInputException cannotRead(String why) {
    return new UnreadableInputException(
        "cannot read '"
            + displayName
            + "': "
            + why
            + ". Give the path to a capture, or - for stdin.");
  }

  UnreadableInputException cannotRead(IOException error) {
    if (error instanceof NoSuchFileException) {
      return cannotRead("no such file");
    }
    if (error instanceof AccessDeniedException) {
      return cannotRead("permission denied");
    }
    return cannotRead(String.valueOf(error.getMessage()));
  }

  private static final class Stdin extends Capture {
    Stdin() {
      super("stdin");
    }

    @Override
    void open() {}

    @Override
    void readInto(Terminal terminal, ByteSink sink) {
      try {
        copy(terminal.in(), sink);
      } catch (IOException error) {
        throw new UnreadableInputException(
            "cannot read stdin: " + error.getMessage() + ". Check what is piped in.");
      }
    }
  }

  private static class RawFile extends Capture {
    final Path path;

    RawFile(String name, Path path) {
      super(name);
      this.path = path;
    }

    @Override
    void open() {
      if (Files.isDirectory(path)) {
        throw cannotRead("it is a directory");
      }
      if (!Files.exists(path)) {
        throw cannotRead("no such file");
      }
      if (!Files.isReadable(path)) {
        throw cannotRead("permission denied");
      }
    }

    @Override
    void readInto(Terminal terminal, ByteSink sink) {
      try (InputStream in = Files.newInputStream(path)) {
        copy(in, sink);
      } catch (IOException error) {
        throw cannotRead(error);
      }
    }
  }

  /** Decoded whole in {@link #open()}, so a stray character is reported before any output. */
  private static final class HexFile extends RawFile {
    private byte[] bytes;

    HexFile(String name, Path path) {
      super(name, path);
    }

    @Override
    void open() {
      super.open();
      try {
        bytes = HexText.decode(Files.readString(path, StandardCharsets.ISO_8859_1));
      } catch (IOException error) {
        throw cannotRead(error);
      }
    }

    @Override
    void readInto(Terminal terminal, ByteSink sink) {
      sink.feed(bytes, 0, bytes.length);
    }
  }
}
