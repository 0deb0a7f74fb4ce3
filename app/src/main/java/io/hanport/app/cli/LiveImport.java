package io.hanport.app.cli;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.pipeline.Pipeline;
import io.hanport.app.pipeline.PipelineOptions;
import io.hanport.app.pipeline.PipelineStatus;
import io.hanport.app.pipeline.ReadingSink;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.source.Sources;
import io.hanport.app.store.BatchingWriter;
import io.hanport.app.store.Store;
import io.hanport.codec.DecoderOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A live input (serial, TCP, MQTT, a paced {@code sim:} or {@code file:…?pace=realtime}) into the
 * store through {@code serve}'s own path: a pipeline that reconnects by itself and a {@link
 * BatchingWriter} committing every 10 s. Runs until the input ends or Ctrl-C, which commits what
 * was read.
 */
final class LiveImport {

  /** A live meter sends a reading every second at most; this covers long store hiccups. */
  private static final int QUEUE = 100_000;

  private static final Duration LOOK = Duration.ofMillis(200);

  private LiveImport() {}

  static ImportCounts run(
      ImportInput.Live input,
      DecoderOptions decoder,
      SourceOptions sources,
      Store store,
      Terminal terminal,
      StopSignal stop)
      throws InterruptedException {
    AtomicLong readings = new AtomicLong();
    BatchingWriter writer = BatchingWriter.withDefaults(store);
    ReadingSink counting =
        new ReadingSink() {
          @Override
          public void accept(MeterReading reading) {
            writer.accept(reading);
            readings.incrementAndGet();
          }

          @Override
          public void close() {
            writer.close();
          }
        };
    Pipeline pipeline =
        new Pipeline(
            input.uri(),
            Sources.of(input.uri().endpoint(), sources),
            PipelineOptions.defaults(decoder).withSinkQueue(QUEUE),
            Map.of("store", counting));
    terminal.err().println("hanport import: reading " + input.uri() + " until it ends or Ctrl-C");
    terminal.err().flush();
    ImportProgress progress =
        new ImportProgress(
            terminal.err(),
            ImportProgress.stderrIsTerminal(),
            0,
            seconds -> "live",
            System::nanoTime);
    try {
      pipeline.start();
      while (!stop.requested() && !pipeline.awaitEnd(LOOK)) {
        progress.update(0, readings.get());
      }
    } finally {
      pipeline.close();
    }
    progress.finish(0, readings.get());
    PipelineStatus status = pipeline.status();
    if (status.state() == PipelineStatus.State.FAILED) {
      throw new UnreadableInputException(
          "cannot read "
              + input.uri().endpoint().uri()
              + ": "
              + status.problem().orElse("unknown error"));
    }
    long rejected = status.rejections().values().stream().mapToLong(Long::longValue).sum();
    return new ImportCounts(readings.get(), rejected);
  }
}
