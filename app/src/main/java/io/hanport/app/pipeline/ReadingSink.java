package io.hanport.app.pipeline;

/**
 * Where readings go: the store, the live feed, MQTT, metrics. Each sink gets its own bounded queue
 * in the pipeline, so a slow sink never holds up decoding or the others.
 */
public interface ReadingSink extends AutoCloseable {

  void accept(MeterReading reading);

  /** Flushes what is buffered; the pipeline calls it once, on shutdown. */
  @Override
  default void close() {}
}
