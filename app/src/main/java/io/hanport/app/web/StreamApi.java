package io.hanport.app.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * {@code GET /api/v1/stream}: Server-Sent Events, one {@code reading} event per reading (JSON as
 * {@code /api/v1/reading} serves it), the latest reading first. The client's own writer thread
 * ({@link StreamClient}) feeds the response, so no reading waits on a browser.
 *
 * <p>The request's thread waits, idle, until that writer stops, rather than handing Javalin a
 * future: Jetty may recycle an asynchronous exchange as soon as the browser goes away, and when the
 * future then completes, Javalin 7.2 handles the recycled response and fails, and handles that
 * failure, without end (seen in CI on 2026-11-27: a gigabyte of log lines in two minutes). A
 * synchronous exchange is not recycled before its handler returns. Each stream thus holds a
 * request thread; {@link WebServer} keeps that many, and more, for {@link LiveFeed}'s limit.
 */
final class StreamApi {

  private final DashboardBackend backend;
  private final LiveFeed feed;

  StreamApi(DashboardBackend backend, LiveFeed feed) {
    this.backend = backend;
    this.feed = feed;
  }

  void stream(Context ctx) throws IOException {
    Optional<String> meter = Optional.ofNullable(ctx.queryParam("meter"))
        .filter(name -> !name.isEmpty())
        .map(name -> Meters.resolve(ctx, backend));
    Optional<byte[]> first = meter.or(() -> backend.meters().stream().findFirst())
        .flatMap(backend::latest)
        .map(reading -> StreamClient.readingEvent(Json.reading(reading)));
    HttpServletResponse response = ctx.res();
    response.setStatus(200);
    response.setContentType("text/event-stream; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    // Proxies such as nginx buffer responses unless told not to, which would stall the stream.
    response.setHeader("X-Accel-Buffering", "no");
    StreamClient client = feed.subscribe(meter, response.getOutputStream(), first)
        .orElseThrow(() -> ApiError.unavailable("the live stream takes no more clients"));
    awaitEnd(client);
  }

  private static void awaitEnd(StreamClient client) {
    try {
      client.ended().get();
    } catch (InterruptedException stopping) {
      client.end();
      Thread.currentThread().interrupt();
    } catch (ExecutionException never) {
      // The writer completes its future normally, whatever ended it.
    }
  }
}
