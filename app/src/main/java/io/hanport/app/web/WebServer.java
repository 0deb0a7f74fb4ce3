package io.hanport.app.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.router.EndpointNotFound;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard and the REST API (issue 6): read-only, every route a GET. {@code hanport serve}
 * builds one with its backend adapter and the {@link LiveFeed} it also hands its pipelines as a
 * sink, then {@link #start}s it.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** Request threads beyond those the live streams hold (see {@link StreamApi}). */
  private static final int OTHER_REQUEST_THREADS = 50;

  private static final int MIN_IDLE_THREADS = 8;
  private static final int IDLE_THREAD_TIMEOUT_MS = 60_000;

  private final DashboardBackend backend;
  private final LiveFeed feed;
  private final DashboardSettings settings;
  private final Clock clock;
  private final Map<String, TextRoute> extraRoutes = new LinkedHashMap<>();
  private Javalin javalin;

  /** A read-only text endpoint another part of hanport offers through this server (/metrics). */
  private record TextRoute(String contentType, Supplier<String> body) {}

  public WebServer(DashboardBackend backend, LiveFeed feed, DashboardSettings settings) {
    this(backend, feed, settings, Clock.systemUTC());
  }

  WebServer(DashboardBackend backend, LiveFeed feed, DashboardSettings settings, Clock clock) {
    this.backend = backend;
    this.feed = feed;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Adds a GET endpoint answered with text, behind the same auth and headers as the rest; for
   * outputs the web layer itself does not know, such as Prometheus metrics. Call before {@link
   * #start}.
   */
  public void addTextRoute(String path, String contentType, Supplier<String> body) {
    extraRoutes.put(path, new TextRoute(contentType, body));
  }

  /**
   * Listens on {@code bind:port} ({@code 0} picks a free port; {@link #port()} tells which).
   *
   * @throws io.javalin.util.JavalinBindException when the port is taken
   */
  public void start(int port, String bind) {
    javalin = Javalin.create(config -> configure(config, port, bind)).start();
    LOG.info("dashboard on http://{}:{}/ ({})", bind, port(),
        settings.auth().map(Object::toString).orElse("no auth"));
  }

  /** The port listened on. */
  public int port() {
    return javalin.port();
  }

  /** Ends the live streams, then stops listening. */
  public void stop() {
    feed.close();
    if (javalin != null) {
      javalin.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void configure(JavalinConfig config, int port, String bind) {
    config.jetty.host = bind;
    config.jetty.port = port;
    // Each live stream holds a request thread while it lasts (StreamApi).
    config.jetty.threadPool = new QueuedThreadPool(feed.maxClients() + OTHER_REQUEST_THREADS,
        MIN_IDLE_THREADS, IDLE_THREAD_TIMEOUT_MS);
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    ReadingApi readings = new ReadingApi(backend, feed, clock);
    StatusApi status = new StatusApi(backend, feed, settings, clock);
    HistoryApi history = new HistoryApi(backend, settings);
    StreamApi stream = new StreamApi(backend, feed);
    CostApi cost = new CostApi(backend, settings);
    HeadroomApi headroom = new HeadroomApi(backend);
    StaticAssets assets = new StaticAssets();
    var routes = config.routes;
    routes.before(new RequestGuard(settings.auth()));
    routes.get("/api/v1/reading", readings::reading);
    routes.get("/api/v1/meters", readings::meters);
    routes.get("/api/v1/telegram", readings::telegram);
    routes.get("/api/v1/power", readings::power);
    routes.get("/api/v1/history", history::history);
    routes.get("/api/v1/stream", stream::stream);
    routes.get("/api/v1/cost", cost::cost);
    routes.get("/api/v1/headroom", headroom::headroom);
    routes.get("/api/v1/status", status::status);
    routes.get("/api/v1/config", status::config);
    routes.get("/healthz", status::health);
    extraRoutes.forEach(
        (path, route) -> routes.get(path, ctx -> ctx.contentType(route.contentType()).result(route.body().get())));
    for (String path : assets.paths()) {
      routes.get(path, assets::serve);
    }
    routes.exception(ApiError.class, (error, ctx) -> ApiResponses.error(ctx, error));
    routes.exception(EndpointNotFound.class,
        (missing, ctx) ->
            ApiResponses.error(ctx, ApiError.notFound("no such path: " + ctx.path())));
  }
}
