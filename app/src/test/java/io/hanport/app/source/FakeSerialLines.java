package io.hanport.app.source;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A serial port whose bytes depend on the settings it is opened at, as a real UART's do: the
 * right settings give the meter's bytes, wrong ones give what a test says they look like. Each
 * read moves a manual clock on, as waiting for bytes would.
 */
final class FakeSerialLines implements SerialLines {

  private static final int CHUNK = 64;
  private static final Duration PER_CHUNK = Duration.ofMillis(20);
  private static final Duration POLL = Duration.ofSeconds(1);

  private final ManualClock clock;
  private final Map<SerialSettings, byte[]> bytesAt = new HashMap<>();
  private final List<SerialSettings> opened = new ArrayList<>();
  private IOException openFailure;

  FakeSerialLines(ManualClock clock) {
    this.clock = clock;
  }

  /** At {@code settings} the port yields {@code bytes}, then nothing; unnamed settings yield nothing. */
  FakeSerialLines at(SerialSettings settings, byte[] bytes) {
    bytesAt.put(settings, bytes);
    return this;
  }

  FakeSerialLines failingToOpen(IOException failure) {
    openFailure = failure;
    return this;
  }

  List<SerialSettings> opened() {
    return opened;
  }

  @Override
  public Connection open(String port, SerialSettings settings) throws IOException {
    if (openFailure != null) {
      throw openFailure;
    }
    opened.add(settings);
    byte[] bytes = bytesAt.getOrDefault(settings, new byte[0]);
    return new Connection() {
      private int position;

      @Override
      public int read(byte[] buffer) {
        if (position >= bytes.length) {
          clock.advance(POLL);
          return 0;
        }
        int count = Math.min(Math.min(CHUNK, buffer.length), bytes.length - position);
        System.arraycopy(bytes, position, buffer, 0, count);
        position += count;
        clock.advance(PER_CHUNK);
        return count;
      }

      @Override
      public String details() {
        return settings.toString();
      }

      @Override
      public void close() {}
    };
  }

  /**
   * A 7-bit character read as 8 bits keeps its parity bit as the top bit (9600 7E1 read at 8N1);
   * any such bit flip makes a P1 telegram unreadable, which is all detection needs to see.
   */
  static byte[] withTopBitSet(byte[] bytes) {
    byte[] garbled = bytes.clone();
    for (int i = 0; i < garbled.length; i++) {
      garbled[i] |= (byte) 0x80;
    }
    return garbled;
  }
}
