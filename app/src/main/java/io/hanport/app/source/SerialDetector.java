package io.hanport.app.source;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a serial port's line settings by listening: at each candidate in turn, for up to a trial
 * window, until a frame with a valid checksum arrives. The port stays open at the settings that
 * worked, and the bytes heard during the trial are replayed first, so the frame that proved the
 * settings also becomes a reading.
 */
public final class SerialDetector {

  private static final Logger LOG = LoggerFactory.getLogger(SerialDetector.class);

  /** Long enough for two Swedish telegrams (one per 10 s, PROTOCOLS.md §1.3) plus a partial one. */
  public static final Duration DEFAULT_TRIAL = Duration.ofSeconds(25);

  /** Replayed bytes are bounded; the proving frame is always at their end. */
  private static final int REPLAY_LIMIT = 64 * 1024;

  private final SerialLines lines;
  private final Duration trial;
  private final Clock clock;
  private final DecoderOptions options;

  public SerialDetector(SerialLines lines, Duration trial, Clock clock, DecoderOptions options) {
    this.lines = lines;
    this.trial = trial;
    this.clock = clock;
    this.options = options;
  }

  /**
   * Opens {@code port} at the first of {@code candidates} that yields a valid frame.
   *
   * @throws IOException when the port cannot be opened, or no candidate yields a frame
   */
  public Detected detect(String port, List<SerialSettings> candidates) throws IOException {
    long bytesHeard = 0;
    for (SerialSettings settings : candidates) {
      LOG.debug("serial:{}: listening at {}", port, settings);
      Connection line = lines.open(port, settings);
      Trial heard = new Trial();
      try {
        listen(line, heard);
      } catch (IOException lost) {
        line.close();
        throw lost;
      }
      if (heard.valid) {
        LOG.info("serial:{}: frames at {}, keeping these settings", port, settings);
        return new Detected(line, heard.replay(), settings);
      }
      line.close();
      bytesHeard += heard.bytes;
    }
    throw new IOException(nothingFound(candidates, bytesHeard));
  }

  private void listen(Connection line, Trial heard) throws IOException {
    MeterDecoder decoder = new MeterDecoder(options, heard);
    Instant end = clock.instant().plus(trial);
    byte[] buffer = new byte[4096];
    while (!heard.valid && clock.instant().isBefore(end)) {
      int count = line.read(buffer);
      if (count < 0) {
        return;
      }
      heard.keep(buffer, count);
      decoder.feed(buffer, 0, count);
    }
  }

  private static String nothingFound(List<SerialSettings> candidates, long bytesHeard) {
    String tried =
        candidates.stream().map(SerialSettings::toString).collect(Collectors.joining(", "));
    if (bytesHeard == 0) {
      return "no bytes at all at " + tried + " (run 'hanport doctor' for what to check)";
    }
    return bytesHeard
        + " bytes but no valid frame at "
        + tried
        + " (run 'hanport doctor' for what to check)";
  }

  /** What one setting's trial heard. */
  private static final class Trial implements MeterDecoder.Listener {
    private byte[] kept = new byte[0];
    private long bytes;
    private boolean valid;

    /** Keeps the last {@link #REPLAY_LIMIT} bytes heard. */
    void keep(byte[] data, int count) {
      bytes += count;
      if (count >= REPLAY_LIMIT) {
        kept = Arrays.copyOfRange(data, count - REPLAY_LIMIT, count);
        return;
      }
      int fromOld = Math.min(kept.length, REPLAY_LIMIT - count);
      byte[] next = new byte[fromOld + count];
      System.arraycopy(kept, kept.length - fromOld, next, 0, fromOld);
      System.arraycopy(data, 0, next, fromOld, count);
      kept = next;
    }

    byte[] replay() {
      return Arrays.copyOf(kept, kept.length);
    }

    @Override
    public void decoded(Reading reading, Frame frame) {
      valid = true;
    }

    @Override
    public void rejected(Rejection rejection) {
      valid |= ValidFrames.passedChecksum(rejection.reason());
    }
  }

  /** The line at the settings that worked, replaying first what the trial heard. */
  public static final class Detected implements Connection {
    private final Connection line;
    private final byte[] replay;
    private final SerialSettings settings;
    private int replayed;

    Detected(Connection line, byte[] replay, SerialSettings settings) {
      this.line = line;
      this.replay = replay;
      this.settings = settings;
    }

    public SerialSettings settings() {
      return settings;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
      if (replayed < replay.length) {
        int count = Math.min(buffer.length, replay.length - replayed);
        System.arraycopy(replay, replayed, buffer, 0, count);
        replayed += count;
        return count;
      }
      return line.read(buffer);
    }

    @Override
    public String details() {
      return settings + " (detected)";
    }

    @Override
    public void close() throws IOException {
      line.close();
    }
  }
}
