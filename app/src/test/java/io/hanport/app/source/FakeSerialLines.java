package io.hanport.app.source;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A serial port whose bytes depend on the settings it is opened at, as a real UART's do: the right
 * settings give the meter's bytes, wrong ones give what a test says they look like. Each read moves
 * a manual clock on, as waiting for bytes would.
 */
public final class FakeSerialLines implements SerialLines {

  private static final int CHUNK = 64;
  private static final Duration PER_CHUNK = Duration.ofMillis(20);
  private static final Duration POLL = Duration.ofSeconds(1);

  private final ManualClock clock;
  private final Map<SerialSettings, byte[]> bytesAt = new HashMap<>();
  private final Map<SerialSettings, Duration> periodAt = new HashMap<>();
  private final List<SerialSettings> opened = new ArrayList<>();
  private IOException openFailure;

  public FakeSerialLines(ManualClock clock) {
    this.clock = clock;
  }

  /** At {@code settings} the port yields {@code bytes} once; unnamed settings yield nothing. */
  public FakeSerialLines at(SerialSettings settings, byte[] bytes) {
    bytesAt.put(settings, bytes);
    return this;
  }

  /** At {@code settings} the port yields {@code bytes} again every {@code period}, as a meter. */
  public FakeSerialLines every(SerialSettings settings, byte[] bytes, Duration period) {
    periodAt.put(settings, period);
    return at(settings, bytes);
  }

  public FakeSerialLines failingToOpen(IOException failure) {
    openFailure = failure;
    return this;
  }

  public List<SerialSettings> opened() {
    return opened;
  }

  @Override
  public Connection open(String port, SerialSettings settings) throws IOException {
    if (openFailure != null) {
      throw openFailure;
    }
    opened.add(settings);
    return new Line(settings, bytesAt.getOrDefault(settings, new byte[0]), periodAt.get(settings));
  }

  /**
   * A 7-bit character read as 8 bits keeps its parity bit as the top bit (9600 7E1 read at 8N1);
   * any such bit flip makes a P1 telegram unreadable, which is all detection needs to see.
   */
  public static byte[] withTopBitSet(byte[] bytes) {
    byte[] garbled = bytes.clone();
    for (int i = 0; i < garbled.length; i++) {
      garbled[i] |= (byte) 0x80;
    }
    return garbled;
  }

  private final class Line implements Connection {
    private final SerialSettings settings;
    private final byte[] bytes;
    private final Duration period;
    private Instant sentAt = clock.instant();
    private int position;

    Line(SerialSettings settings, byte[] bytes, Duration period) {
      this.settings = settings;
      this.bytes = bytes;
      this.period = period;
    }

    @Override
    public int read(byte[] buffer) {
      if (position >= bytes.length
          && period != null
          && !clock.instant().isBefore(sentAt.plus(period))) {
        position = 0;
        sentAt = clock.instant();
      }
      if (position >= bytes.length) {
        clock.advance(idleStep());
        return 0;
      }
      int count = Math.min(Math.min(CHUNK, buffer.length), bytes.length - position);
      System.arraycopy(bytes, position, buffer, 0, count);
      position += count;
      clock.advance(PER_CHUNK);
      return count;
    }

    /** A poll's wait, or less when the next frame is due sooner, so periods come out exact. */
    private Duration idleStep() {
      if (period == null) {
        return POLL;
      }
      Duration untilDue = Duration.between(clock.instant(), sentAt.plus(period));
      return untilDue.isNegative() || untilDue.isZero() || untilDue.compareTo(POLL) > 0
          ? POLL
          : untilDue;
    }

    @Override
    public String details() {
      return settings.toString();
    }

    @Override
    public void close() {}
  }
}
