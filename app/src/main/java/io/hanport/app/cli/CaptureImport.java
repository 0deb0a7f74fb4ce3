package io.hanport.app.cli;

import io.hanport.app.source.Connection;
import io.hanport.app.source.Endpoint;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.source.Sources;
import io.hanport.app.store.Store;
import io.hanport.codec.MeterDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;

/**
 * A capture file (raw bytes, or hex text when it ends in {@code .hex}: what {@code decode} reads)
 * or stdin into the store. Readings count as received now; the store files them under the meter's
 * own clock where the meter sends one.
 */
final class CaptureImport {

  private static final int CHUNK_BYTES = 64 * 1024;

  private CaptureImport() {}

  static ImportCounts file(
      ImportInput.CaptureFile input,
      SourceOptions sources,
      Store store,
      Terminal terminal,
      StopSignal stop) {
    Endpoint.File file = input.file();
    try (Connection bytes = Sources.of(file, sources).open()) {
      return run(bytes, size(file), input, store, terminal, stop, sources);
    } catch (IOException unreadable) {
      throw new UnreadableInputException(
          "cannot read '"
              + file.path()
              + "': "
              + unreadable.getMessage()
              + ". Give the path to a capture, or - for stdin.");
    }
  }

  static ImportCounts stdin(
      ImportInput.Stdin input,
      SourceOptions sources,
      Store store,
      Terminal terminal,
      StopSignal stop) {
    InputStream in = terminal.in();
    Connection bytes =
        new Connection() {
          @Override
          public int read(byte[] buffer) throws IOException {
            return in.read(buffer);
          }

          @Override
          public void close() {}
        };
    try {
      return run(bytes, 0, input, store, terminal, stop, sources);
    } catch (IOException unreadable) {
      throw new UnreadableInputException(
          "cannot read stdin: " + unreadable.getMessage() + ". Check what is piped in.");
    }
  }

  private static ImportCounts run(
      Connection bytes,
      long total,
      ImportInput input,
      Store store,
      Terminal terminal,
      StopSignal stop,
      SourceOptions sources)
      throws IOException {
    ImportProgress progress =
        new ImportProgress(
            terminal.err(),
            ImportProgress.stderrIsTerminal(),
            total,
            ImportProgress::megabytes,
            System::nanoTime);
    try (ImportWriter writer = new ImportWriter(store, input.uri(), Instant::now)) {
      MeterDecoder decoder = new MeterDecoder(sources.decoder(), writer);
      byte[] buffer = new byte[CHUNK_BYTES];
      long done = 0;
      for (int read = bytes.read(buffer);
          read >= 0 && !stop.requested();
          read = bytes.read(buffer)) {
        decoder.feed(buffer, 0, read);
        done += read;
        progress.update(done, writer.readings());
      }
      if (!stop.requested()) {
        decoder.finish();
      }
      progress.finish(done, writer.readings());
      return new ImportCounts(writer.readings(), writer.rejected(), writer.withoutClock());
    }
  }

  /** The bytes the file holds, for the progress bar; a hex capture holds half its digits. */
  private static long size(Endpoint.File file) throws IOException {
    if (!file.hexText()) {
      return Files.size(file.path());
    }
    long digits = 0;
    for (byte character : Files.readAllBytes(file.path())) {
      if (Character.digit(character, 16) >= 0) {
        digits++;
      }
    }
    return digits / 2;
  }
}
