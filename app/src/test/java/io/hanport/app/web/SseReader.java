package io.hanport.app.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream line by line in the background, for the stream tests. */
final class SseReader implements AutoCloseable {

  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;

  SseReader(Http http, String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
        .header("Accept", "text/event-stream");
    if (headers.length > 0) {
      request.headers(headers);
    }
    response = http.client()
        .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    response.thenAccept(r -> CompletableFuture.runAsync(() -> r.body().forEach(lines::add)));
  }

  HttpResponse<Stream<String>> response() throws Exception {
    return response.get(10, TimeUnit.SECONDS);
  }

  /** The data of the next {@code reading} event, skipping comments and other lines. */
  String nextReading(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean inReading = false;
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        break;
      }
      if (line.equals("event: reading")) {
        inReading = true;
      } else if (inReading && line.startsWith("data: ")) {
        return line.substring("data: ".length());
      }
    }
    throw new AssertionError("no reading event within " + timeout);
  }

  /** The next line, whatever it is; null when none comes within the timeout. */
  String nextLine(Duration timeout) throws InterruptedException {
    return lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    response.thenAccept(r -> r.body().close());
    response.cancel(true);
  }
}
