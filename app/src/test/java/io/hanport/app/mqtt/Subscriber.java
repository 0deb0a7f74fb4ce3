package io.hanport.app.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A test client that records what arrives on a topic filter. */
public final class Subscriber implements AutoCloseable {

  /** One received message. */
  public record Message(String topic, String payload, boolean retained) {}

  private final Mqtt3BlockingClient client;
  private final List<Message> messages = new ArrayList<>();

  public Subscriber(int port, String filter) {
    client =
        MqttClient.builder().useMqttVersion3().serverHost("127.0.0.1").serverPort(port).buildBlocking();
    client.connect();
    client
        .toAsync()
        .subscribeWith()
        .topicFilter(filter)
        .qos(MqttQos.AT_LEAST_ONCE)
        .callback(this::record)
        .send()
        .join();
  }

  private synchronized void record(Mqtt3Publish publish) {
    messages.add(
        new Message(
            publish.getTopic().toString(),
            new String(publish.getPayloadAsBytes(), StandardCharsets.UTF_8),
            publish.isRetain()));
    notifyAll();
  }

  /** Waits until {@code count} messages match, and returns them in arrival order. */
  public synchronized List<Message> await(Predicate<Message> matching, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Message> matched = matching(matching);
    while (matched.size() < count && System.nanoTime() < deadline) {
      wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      matched = matching(matching);
    }
    return matched;
  }

  private List<Message> matching(Predicate<Message> matching) {
    List<Message> matched = new ArrayList<>();
    for (Message message : messages) {
      if (matching.test(message)) {
        matched.add(message);
      }
    }
    return matched;
  }

  /** Removes a retained message, so that tests leave the machine's broker as they found it. */
  public void clearRetained(String topic) {
    client.publishWith().topic(topic).retain(true).qos(MqttQos.AT_LEAST_ONCE).send();
  }

  /**
   * Removes every retained message under {@code root}: subscribes, waits for a marker published
   * after subscribing (a broker sends retained messages first), and clears what came before it.
   */
  public static void clearRetainedUnder(int port, String root) throws InterruptedException {
    String marker = root + "/cleanup-marker";
    try (Subscriber subscriber = new Subscriber(port, root + "/#")) {
      subscriber.client.publishWith().topic(marker).qos(MqttQos.AT_LEAST_ONCE).send();
      subscriber.await(m -> m.topic().equals(marker), 1, Duration.ofSeconds(30));
      for (Message message : subscriber.await(m -> m.retained(), Integer.MAX_VALUE, Duration.ZERO)) {
        subscriber.clearRetained(message.topic());
      }
    }
  }

  @Override
  public void close() {
    client.disconnect();
  }
}
