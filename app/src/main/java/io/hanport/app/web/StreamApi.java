package io.hanport.app.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /api/v1/stream}: Server-Sent Events, one {@code reading} event per reading (JSON as
 * {@code /api/v1/reading} serves it), the latest reading first. The request stays open,
 * asynchronously, while the client's own writer thread ({@link StreamClient}) feeds it; no HTTP
 * thread waits on a browser.
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
    ctx.future(() -> client.ended());
  }
}
