package io.hanport.app.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.pipeline.ReadingSink;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes readings to an MQTT broker, with Home Assistant discovery.
 *
 * <p>Decoding and storage never wait for the broker: {@link #accept} only queues. One publisher
 * thread sends in order and waits for the broker's acknowledgement (QoS 1); while the broker is
 * away, readings wait in a bounded queue, the oldest dropped first and counted, and are delivered
 * in order once the client has reconnected by itself.
 */
public final class MqttSink implements ReadingSink {

  private static final Logger LOG = LoggerFactory.getLogger(MqttSink.class);
  private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration RECONNECT_POLL = Duration.ofMillis(200);

  private final MqttSettings settings;
  private final Topics topics;
  private final DiscoveryPayloads discovery;
  private final PublishQueue queue;
  private final Mqtt3AsyncClient client;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Set<String>> announced = new HashMap<>();
  private final TopicRateLimit rateLimit;
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong connectionFailures = new AtomicLong();
  private volatile String lastConnectionProblem = "";
  private final Thread publisher;
  private volatile boolean closing;
  /** Set on every (re)connect: a restarted broker may have lost retained discovery and status. */
  private volatile boolean reannounce = true;
  private boolean online;

  public MqttSink(MqttSettings settings, String version, Clock clock) {
    this.settings = settings;
    this.topics = new Topics(settings.prefix(), settings.discoveryPrefix());
    this.discovery = new DiscoveryPayloads(topics, version);
    this.queue = new PublishQueue(settings.queueCapacity());
    this.rateLimit = new TopicRateLimit(settings.minInterval(), clock);
    this.client = BrokerClient.build(settings, this::onConnected, this::onLost);
    this.publisher = new Thread(this::publishForever, "mqtt-publisher");
    this.publisher.setDaemon(true);
  }

  /** Connects (retrying by itself, forever, with backoff) and starts publishing. */
  public void start() {
    BrokerClient.connect(client, settings, topics);
    publisher.start();
  }

  @Override
  public void accept(MeterReading reading) {
    queue.offer(reading);
  }

  /** Readings dropped because the queue was full while the broker was away. */
  public long dropped() {
    return queue.dropped();
  }

  public int queued() {
    return queue.size();
  }

  public long published() {
    return published.get();
  }

  /** Connection attempts and connections lost since start, with the latest one's cause. */
  public long connectionFailures() {
    return connectionFailures.get();
  }

  public String lastConnectionProblem() {
    return lastConnectionProblem;
  }

  public boolean connected() {
    return client.getState().isConnected();
  }

  /**
   * Publishes a message beside the readings on this sink's connection, without waiting or queueing
   * (live headroom, issue 8: a stale one is worth nothing); false, and dropped, while the broker
   * is away.
   */
  boolean publishBeside(String topic, String payload, boolean retain) {
    if (!connected() || closing) {
      return false;
    }
    client.publishWith().topic(topic).payload(bytes(payload)).qos(MqttQos.AT_LEAST_ONCE)
        .retain(retain).send();
    return true;
  }

  private void onConnected() {
    reannounce = true;
    LOG.info("MQTT: connected to {}", settings);
  }

  private void onLost(Throwable cause) {
    if (closing) {
      return;
    }
    lastConnectionProblem = String.valueOf(cause.getMessage());
    connectionFailures.incrementAndGet();
    LOG.warn(
        "MQTT: {} unreachable ({}); retrying with backoff, readings wait in the queue",
        settings.address(),
        cause.getMessage());
  }

  /** Publishes what is queued (for a few seconds at most), says offline, and disconnects. */
  @Override
  public void close() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (queue.size() > 0 && connected() && System.nanoTime() < deadline) {
      sleep(Duration.ofMillis(20));
    }
    closing = true;
    publisher.interrupt();
    if (connected()) {
      send(topics.status(), Topics.OFFLINE, true);
      client.disconnect();
    }
  }

  private void publishForever() {
    try {
      while (!closing) {
        // Take a reading only once connected, so that while the broker is away every waiting
        // reading stays in the queue, where its bound and drop-oldest rule apply.
        while (!connected() && !closing) {
          sleep(RECONNECT_POLL);
        }
        MeterReading reading = queue.take();
        while (!closing && !publish(reading)) {
          sleep(RECONNECT_POLL);
        }
      }
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    }
  }

  /** True once everything for this reading reached the broker; false to retry after reconnect. */
  private boolean publish(MeterReading reading) throws InterruptedException {
    if (!connected()) {
      return false;
    }
    if (reannounce) {
      reannounce = false;
      online = false;
      announced.clear();
    }
    String meter = reading.meter();
    boolean sent = announce(reading);
    sent = sent && sendWhenDue(topics.state(meter), reading.toJson());
    if (sent && settings.fieldTopics()) {
      for (var field : reading.reading().fields().entrySet()) {
        sent = sent && sendWhenDue(topics.field(meter, field.getKey().jsonName()), plain(field.getValue()));
      }
    }
    if (sent && settings.rawTopic()) {
      sent = sendWhenDue(topics.raw(meter), HexFormat.of().withUpperCase().formatHex(reading.frame()));
    }
    if (sent) {
      published.incrementAndGet();
    }
    return sent;
  }

  /** Discovery for fields not yet announced in this connection, and the online status. */
  private boolean announce(MeterReading reading) {
    if (!online) {
      online = send(topics.status(), Topics.ONLINE, true);
      if (!online) {
        return false;
      }
    }
    Set<String> meterTopics = announced.computeIfAbsent(reading.meter(), meter -> new HashSet<>());
    for (DiscoveryPayloads.Discovery config : discovery.forReading(reading)) {
      if (!meterTopics.contains(config.topic())) {
        if (!send(config.topic(), toJson(config.config()), true)) {
          return false;
        }
        meterTopics.add(config.topic());
      }
    }
    return true;
  }

  /** Publishes unless the rate limit says the topic is not due; true when nothing is left. */
  private boolean sendWhenDue(String topic, String payload) {
    if (!rateLimit.due(topic)) {
      return true;
    }
    if (!send(topic, payload, false)) {
      return false;
    }
    rateLimit.delivered(topic);
    return true;
  }

  private boolean send(String topic, String payload, boolean retain) {
    try {
      client
          .publishWith()
          .topic(topic)
          .payload(bytes(payload))
          .qos(MqttQos.AT_LEAST_ONCE)
          .retain(retain)
          .send()
          .get(PUBLISH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException | TimeoutException notDelivered) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String toJson(Map<String, Object> config) {
    try {
      return json.writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("discovery config is plain maps and strings", e);
    }
  }

  private static String plain(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
