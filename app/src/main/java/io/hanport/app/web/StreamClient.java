package io.hanport.app.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Server-Sent Events client: a bounded queue of encoded events and a thread of its own that
 * writes them. A client that cannot keep up fills its queue and is dropped by {@link LiveFeed};
 * it never holds up the readings or the other clients. A comment line goes out when nothing else
 * has for a heartbeat, so proxies keep the connection and a vanished client is noticed.
 */
final class StreamClient {

  /** Asks a browser to reconnect after 5 s when the stream ends (HTML "server-sent events"). */
  private static final byte[] PREAMBLE = bytes("retry: 5000\n\n");

  private static final byte[] HEARTBEAT = bytes(": keep-alive\n\n");

  /** Wakes a waiting writer to stop; never written. */
  private static final byte[] END = new byte[0];
  private static final AtomicLong NUMBER = new AtomicLong();

  private final Optional<String> meter;
  private final OutputStream out;
  private final BlockingQueue<byte[]> queue;
  private final Duration heartbeat;
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private final Thread writer;
  private volatile boolean ending;

  StreamClient(Optional<String> meter, OutputStream out, int capacity, Duration heartbeat) {
    this.meter = meter;
    this.out = out;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.heartbeat = heartbeat;
    this.writer = new Thread(this::run, "hanport-sse-" + NUMBER.incrementAndGet());
    writer.setDaemon(true);
  }

  /** An SSE {@code reading} event carrying one line of JSON. */
  static byte[] readingEvent(String json) {
    return event("reading", json);
  }

  /** A named SSE event ({@code reading}, {@code headroom}, …) carrying one line of JSON. */
  static byte[] event(String name, String json) {
    return bytes("event: " + name + "\ndata: " + json + "\n\n");
  }

  /** Starts writing: the preamble, then {@code first} if present, then whatever is offered. */
  void start(Optional<byte[]> first, Runnable whenEnded) {
    first.ifPresent(queue::offer);
    ended.whenComplete((ignored, never) -> whenEnded.run());
    writer.start();
  }

  boolean wants(String meterName) {
    return meter.isEmpty() || meter.get().equals(meterName);
  }

  /** Queues an event; false when the queue is full, i.e. the client has fallen behind. */
  boolean offer(byte[] event) {
    return !ending && queue.offer(event);
  }

  /**
   * Stops the client; its queue is freed at once. A writer blocked on a stuck connection is not
   * interrupted (Jetty would abort the exchange under Javalin's feet): Jetty's idle timeout fails
   * that write, and the writer ends then.
   */
  void end() {
    ending = true;
    queue.clear();
    queue.offer(END);
  }

  /** Completes when the writer has stopped: the HTTP exchange may then finish. */
  CompletableFuture<Void> ended() {
    return ended;
  }

  private void run() {
    try {
      write(PREAMBLE);
      byte[] event = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
      while (!ending && event != END) {
        write(event == null ? HEARTBEAT : event);
        event = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (IOException | InterruptedException leftOrStopped) {
      // The browser went away (the write failed) or the JVM is stopping: either way, done.
    } finally {
      ending = true;
      queue.clear();
      ended.complete(null);
    }
  }

  private void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
