package io.hanport.app.cli;

import io.hanport.app.pipeline.MeterNames;
import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.source.InputUri;
import io.hanport.app.store.BatchingWriter;
import io.hanport.app.store.Store;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Decoded readings of a file or simulated range into the store, through a {@link BatchingWriter}
 * that this writer flushes itself every full batch: a file is then read only as fast as the store
 * commits, where the writer's own timer would let readings pile up and be dropped. Meters are named
 * as {@code serve} names them, so imported history and live readings meet under one name.
 */
final class ImportWriter implements MeterDecoder.Listener, AutoCloseable {

  private static final int BATCH = BatchingWriter.DEFAULT_MAX_BATCH;

  private final BatchingWriter writer;
  private final MeterNames names;
  private final String source;
  private final Supplier<Instant> received;
  private int unflushed;
  private long readings;
  private long rejected;
  private long withoutClock;

  /**
   * @param received the time a reading counts as received: the host's clock for a capture, the
   *     simulated time for a simulated range
   */
  ImportWriter(Store store, InputUri input, Supplier<Instant> received) {
    this.writer =
        new BatchingWriter(
            store, Duration.ofDays(1), Integer.MAX_VALUE, BatchingWriter.DEFAULT_MAX_PENDING);
    this.names = new MeterNames(input.name(), input.endpoint().uri());
    this.source = input.sourceName();
    this.received = received;
  }

  long readings() {
    return readings;
  }

  long rejected() {
    return rejected;
  }

  long withoutClock() {
    return withoutClock;
  }

  @Override
  public void decoded(Reading reading, Frame frame) {
    writer.accept(
        new MeterReading(names.nameFor(reading), source, received.get(), reading, frame.raw()));
    readings++;
    if (!reading.has(Field.METER_TIME)) {
      withoutClock++;
    }
    if (++unflushed >= BATCH) {
      writer.flush();
      unflushed = 0;
    }
  }

  @Override
  public void rejected(Rejection rejection) {
    rejected++;
  }

  /** Commits what is buffered. */
  @Override
  public void close() {
    writer.close();
  }
}
