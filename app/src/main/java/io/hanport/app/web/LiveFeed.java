package io.hanport.app.web;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.pipeline.ReadingSink;
import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.HeadroomWarning;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live side of the dashboard, as a pipeline sink: it fans each reading out to the browsers
 * on {@code /api/v1/stream}, and remembers each meter's latest reading and last hour of power.
 * {@link #accept} only encodes the reading once and queues it per client, so a slow browser costs
 * the pipeline nothing: its queue fills and it is dropped (it reconnects by itself).
 */
public final class LiveFeed implements ReadingSink {

  private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);

  /** Events a client may fall behind by: a minute of one-second DSMR telegrams. */
  static final int DEFAULT_QUEUE_EVENTS = 64;

  static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

  /**
   * More browsers than a household has; each stream holds a writer thread and a request thread
   * (see {@link StreamApi}), and {@link WebServer} sizes its request threads to match.
   */
  static final int DEFAULT_MAX_CLIENTS = 200;

  private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

  private final int queueEvents;
  private final Duration heartbeat;
  private final int maxClients;
  private final Map<String, MeterReading> latest = new ConcurrentHashMap<>();
  private final Map<String, PowerWindow> power = new ConcurrentHashMap<>();
  private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();
  private final AtomicLong dropped = new AtomicLong();
  private volatile boolean closed;

  public LiveFeed() {
    this(DEFAULT_QUEUE_EVENTS, DEFAULT_HEARTBEAT, DEFAULT_MAX_CLIENTS);
  }

  LiveFeed(int queueEvents, Duration heartbeat, int maxClients) {
    this.queueEvents = queueEvents;
    this.heartbeat = heartbeat;
    this.maxClients = maxClients;
  }

  @Override
  public void accept(MeterReading reading) {
    latest.put(reading.meter(), reading);
    powerSample(reading)
        .ifPresent(sample ->
            power.computeIfAbsent(reading.meter(), meter -> new PowerWindow()).add(sample));
    broadcast(reading.meter(), StreamClient.readingEvent(Json.reading(reading)));
  }

  /** Sends a meter's live headroom as a {@code headroom} event (issue 8). */
  public void headroom(String meter, Headroom headroom) {
    broadcast(meter, StreamClient.event("headroom", HeadroomJson.headroom(meter, headroom)));
  }

  /** Sends a peak warning as a {@code headroom-warning} event: once per demand window. */
  public void headroomWarning(String meter, HeadroomWarning warning) {
    broadcast(meter, StreamClient.event("headroom-warning", HeadroomJson.warning(meter, warning)));
  }

  private void broadcast(String meter, byte[] event) {
    for (StreamClient client : clients) {
      if (client.wants(meter) && !client.offer(event)) {
        drop(client);
      }
    }
  }

  /** The latest reading of a meter seen since start: what {@code DashboardBackend#latest} needs. */
  public Optional<MeterReading> latest(String meter) {
    return Optional.ofNullable(latest.get(meter));
  }

  /** The last hour of a meter's power, oldest first; empty for a meter not seen since start. */
  List<PowerWindow.Sample> recentPower(String meter, Instant now) {
    PowerWindow window = power.get(meter);
    return window == null ? List.of() : window.since(now);
  }

  /**
   * Starts streaming readings (of {@code meter}, or of every meter) to {@code out}.
   *
   * @param first an event to send before any other, e.g. the latest reading
   * @return the client, whose {@link StreamClient#ended()} completes when the stream is over; empty
   *     when the feed is closed or has as many clients as it takes
   */
  Optional<StreamClient> subscribe(
      Optional<String> meter, OutputStream out, Optional<byte[]> first) {
    if (closed || clients.size() >= maxClients) {
      return Optional.empty();
    }
    StreamClient client = new StreamClient(meter, out, queueEvents, heartbeat);
    clients.add(client);
    client.start(first, () -> clients.remove(client));
    return Optional.of(client);
  }

  int clients() {
    return clients.size();
  }

  /** The most streams this feed takes at once. */
  int maxClients() {
    return maxClients;
  }

  /** Clients dropped since start because they fell a whole queue behind. */
  long droppedClients() {
    return dropped.get();
  }

  /**
   * Ends every stream and takes no new ones: the pipeline or the server is shutting down. Waits a
   * moment for the writers to finish their exchanges, so the HTTP server is not stopped under
   * them; a writer stuck on a dead connection is not waited for longer.
   */
  @Override
  public void close() {
    closed = true;
    List<StreamClient> ending = List.copyOf(clients);
    ending.forEach(StreamClient::end);
    CompletableFuture<?>[] ended =
        ending.stream().map(StreamClient::ended).toArray(CompletableFuture<?>[]::new);
    try {
      CompletableFuture.allOf(ended).get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException stuck) {
      LOG.info("closing with {} live-stream clients still writing", clients.size());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void drop(StreamClient client) {
    if (clients.remove(client)) {
      client.end();
      LOG.warn("dropped a live-stream client that fell {} readings behind", queueEvents);
      dropped.incrementAndGet();
    }
  }

  private static Optional<PowerWindow.Sample> powerSample(MeterReading meterReading) {
    Reading reading = meterReading.reading();
    Optional<BigDecimal> importW = reading.decimal(Field.POWER_IMPORT_W);
    if (importW.isEmpty()) {
      return Optional.empty();
    }
    double exportW = reading.decimal(Field.POWER_EXPORT_W).map(BigDecimal::doubleValue).orElse(0.0);
    return Optional.of(
        new PowerWindow.Sample(meterReading.received(), importW.get().doubleValue(), exportW));
  }
}
