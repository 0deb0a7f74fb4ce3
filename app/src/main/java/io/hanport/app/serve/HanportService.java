package io.hanport.app.serve;

import io.hanport.app.homewizard.HomeWizardApi;
import io.hanport.app.homewizard.HomeWizardServer;
import io.hanport.app.metrics.JvmMetrics;
import io.hanport.app.metrics.PrometheusText;
import io.hanport.app.metrics.ReadingMetrics;
import io.hanport.app.mqtt.HeadroomPublisher;
import io.hanport.app.mqtt.MqttSink;
import io.hanport.app.pipeline.ByteTap;
import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.pipeline.Pipeline;
import io.hanport.app.pipeline.PipelineOptions;
import io.hanport.app.pipeline.ReadingSink;
import io.hanport.app.rawserve.RawServer;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.Sources;
import io.hanport.app.store.BatchingWriter;
import io.hanport.app.store.DiskPolicy;
import io.hanport.app.store.Store;
import io.hanport.app.store.Stores;
import io.hanport.app.web.LiveFeed;
import io.hanport.app.web.WebServer;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A running instance: one pipeline per input, fanning readings out to the store, the live
 * dashboard, metrics and, when configured, MQTT and raw re-serving; and the web server on top.
 * Closing it stops the inputs first, then lets every sink finish what it holds.
 */
public final class HanportService implements AutoCloseable {

  private final Store store;
  private final LiveFeed feed = new LiveFeed();
  private final ReadingMetrics metrics = new ReadingMetrics();
  private final List<Pipeline> pipelines = new ArrayList<>();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final DiskWatch disk;
  private final ServeBackend backend;
  private final WebServer web;
  private Optional<HomeWizardServer> homeWizard = Optional.empty();
  private Optional<ServeTariff> tariff = Optional.empty();
  private Optional<MqttSink> mqtt = Optional.empty();
  private Optional<RawServer> rawServer = Optional.empty();
  private BatchingWriter storeWriter;

  private HanportService(ServeSettings settings, Store store, String version, DiskPolicy policy)
      throws IOException {
    this.store = store;
    this.disk = new DiskWatch(store, policy, Clock.systemUTC());
    Map<String, ReadingSink> sinks = sinks(settings, version);
    List<ByteTap> taps = rawServe(settings);
    for (InputUri input : settings.inputs()) {
      Pipeline pipeline =
          new Pipeline(
              input,
              Sources.of(input.endpoint(), settings.sources()),
              PipelineOptions.defaults(settings.decoder()),
              sinks,
              taps);
      pipelines.add(pipeline);
    }
    this.backend = new ServeBackend(store, feed, pipelines, tariff, disk);
    this.web = new WebServer(backend, feed, settings.dashboard());
    web.addTextRoute("/metrics", PrometheusText.CONTENT_TYPE, this::metricsText);
    if (settings.homeWizardApi().isPresent()) {
      HomeWizardServer server =
          new HomeWizardServer(settings.homeWizardApi().get(), new HomeWizardApi(version), this::latest);
      closeables.add(server);
      homeWizard = Optional.of(server);
    }
  }

  /**
   * Opens the store, starts every input and the web server.
   *
   * @throws io.hanport.app.store.StoreException when the database cannot be used
   * @throws BindException when the dashboard cannot listen; the message names the fix
   * @throws IOException when another port cannot be bound
   */
  public static HanportService start(ServeSettings settings, String version) throws IOException {
    return start(settings, version, DiskPolicy.defaults());
  }

  /** As {@link #start(ServeSettings, String)}, with the free-space thresholds given (tests). */
  public static HanportService start(ServeSettings settings, String version, DiskPolicy policy)
      throws IOException {
    Store store = Stores.open(settings.database(), settings.dashboard().zone());
    HanportService service = new HanportService(settings, store, version, policy);
    try {
      service.web.start(settings.httpPort(), settings.httpBind());
    } catch (JavalinBindException unusable) {
      service.close();
      throw new BindException(cannotListen(settings, unusable));
    }
    service.pipelines.forEach(Pipeline::start);
    service.disk.start();
    return service;
  }

  /** Javalin says "port in use" for any bind failure; the JDK's own cause tells which it was. */
  private static String cannotListen(ServeSettings settings, JavalinBindException failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String where = "cannot listen on " + settings.httpBind() + ":" + settings.httpPort() + ": ";
    if (String.valueOf(cause.getMessage()).contains("in use")) {
      return where + "the port is in use (by another hanport?); choose another with --http-port";
    }
    return where + cause.getMessage()
        + "; --http-bind takes an address of this machine, or 0.0.0.0 for all of them";
  }

  public int httpPort() {
    return web.port();
  }

  /** The raw re-serve port, when it is served (0 in the settings picks a free one). */
  public int rawServePort() {
    return rawServer.orElseThrow().port();
  }

  /** The HomeWizard API's port, when it is served (0 in the settings picks a free one). */
  public int homeWizardPort() {
    return homeWizard.orElseThrow().port();
  }

  private Map<String, ReadingSink> sinks(ServeSettings settings, String version) throws IOException {
    Map<String, ReadingSink> sinks = new LinkedHashMap<>();
    storeWriter = BatchingWriter.withDefaults(store);
    sinks.put("store", storeWriter);
    sinks.put("live", feed);
    sinks.put("metrics", metrics);
    List<HeadroomService.Listener> headroomListeners = new ArrayList<>();
    headroomListeners.add(HeadroomListeners.of(feed::headroom, feed::headroomWarning));
    if (settings.mqtt().isPresent()) {
      MqttSink sink = new MqttSink(settings.mqtt().get(), version, Clock.systemUTC());
      sink.start();
      sinks.put("mqtt", sink);
      mqtt = Optional.of(sink);
      HeadroomPublisher publisher =
          new HeadroomPublisher(sink, settings.mqtt().get(), version, Clock.systemUTC());
      headroomListeners.add(HeadroomListeners.of(publisher::headroom, publisher::warning));
    }
    if (settings.tariff().isPresent()) {
      ServeTariff started = ServeTariff.start(
          settings.tariff().get(), store, settings.dashboard().zone(), headroomListeners);
      closeables.add(started);
      started.headroomSink().ifPresent(headroom -> sinks.put("headroom", headroom));
      tariff = Optional.of(started);
    }
    return sinks;
  }

  /** The input's bytes as read, for {@code --serve-raw} (one input: ServeCommand checks). */
  private List<ByteTap> rawServe(ServeSettings settings) throws IOException {
    if (settings.rawServe().isEmpty()) {
      return List.of();
    }
    InetSocketAddress address = settings.rawServe().get();
    RawServer raw = new RawServer(address.getAddress(), address.getPort());
    closeables.add(raw);
    rawServer = Optional.of(raw);
    return List.of(raw);
  }

  private String metricsText() {
    PrometheusText text = new PrometheusText();
    metrics.writeTo(text);
    for (Pipeline pipeline : pipelines) {
      PipelineMetrics.writeTo(pipeline.status(), text);
    }
    SinkMetrics.writeStore(storeWriter, text);
    mqtt.ifPresent(sink -> SinkMetrics.writeMqtt(sink, text));
    JvmMetrics.writeTo(text);
    return text.toString();
  }

  private Optional<String> firstMeter() {
    List<String> meters = backend.meters();
    return meters.isEmpty() ? Optional.empty() : Optional.of(meters.get(0));
  }

  private Optional<MeterReading> latest() {
    return firstMeter().flatMap(feed::latest);
  }

  @Override
  public void close() {
    web.close();
    pipelines.forEach(Pipeline::close);
    disk.close();
    for (AutoCloseable closeable : closeables) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // Shutting down: nothing left to tell.
      }
    }
    store.close();
  }
}
