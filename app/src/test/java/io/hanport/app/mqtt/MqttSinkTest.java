package io.hanport.app.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sink against real Mosquitto brokers: the machine's, and a private one it can restart. */
class MqttSinkTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void statesArriveAsTheContractJsonInOrderWithRetainedDiscovery() throws Exception {
    try (PrivateBroker broker = PrivateBroker.start();
        Subscriber states = new Subscriber(broker.port, "hanport/#")) {
      MqttSink sink = new MqttSink(MqttSettings.parse("mqtt://127.0.0.1:" + broker.port), "test", Clock.systemUTC());
      sink.start();
      List<MeterReading> sent = readings("home", 0, 5);
      sent.forEach(sink::accept);

      List<Subscriber.Message> received = states.await(m -> m.topic().endsWith("/state"), 5, WAIT);
      sink.close();

      assertThat(received).extracting(Subscriber.Message::payload).containsExactlyElementsOf(json(sent));
      try (Subscriber discovery = new Subscriber(broker.port, "homeassistant/#")) {
        List<Subscriber.Message> configs = discovery.await(m -> true, 26, WAIT);
        assertThat(configs).hasSize(26).allMatch(Subscriber.Message::retained);
      }
      assertThat(states.await(m -> m.topic().equals("hanport/status"), 2, WAIT))
          .extracting(Subscriber.Message::payload)
          .containsExactly("online", "offline");
    }
  }

  @Test
  void brokerRestartLosesNoReadingWithinTheQueueAndKeepsOrder() throws Exception {
    try (PrivateBroker broker = PrivateBroker.start()) {
      MqttSink sink = new MqttSink(MqttSettings.parse("mqtt://127.0.0.1:" + broker.port), "test", Clock.systemUTC());
      sink.start();
      List<MeterReading> before = readings("home", 0, 3);
      try (Subscriber first = new Subscriber(broker.port, "hanport/+/state")) {
        before.forEach(sink::accept);
        assertThat(first.await(m -> true, 3, WAIT)).hasSize(3);
      }

      broker.stop();
      // The broker process is gone and the sink knows it: nothing below can reach the old one.
      awaitCondition(() -> !sink.connected());
      List<MeterReading> whileDown = readings("home", 3, 10);
      whileDown.forEach(sink::accept);
      // The publisher may already have been waiting in take(): it then holds the first for a retry.
      assertThat(sink.queued()).as("readings waiting while the broker is down").isBetween(9, 10);
      broker.restart();
      try (Subscriber second = new Subscriber(broker.port, "hanport/+/state")) {
        List<Subscriber.Message> received = second.await(m -> true, 10, WAIT);
        assertThat(received).extracting(Subscriber.Message::payload).containsExactlyElementsOf(json(whileDown));
      }
      assertThat(sink.dropped()).isZero();
      awaitCondition(() -> sink.published() == 13);
      sink.close();
    }
  }

  private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(condition.getAsBoolean()).as("condition within %s", WAIT).isTrue();
  }

  @Test
  void fullQueueDropsTheOldestAndCountsThem() throws Exception {
    try (PrivateBroker broker = PrivateBroker.start()) {
      broker.stop();
      MqttSettings settings = MqttSettings.parse("mqtt://127.0.0.1:" + broker.port).withQueueCapacity(3);
      MqttSink sink = new MqttSink(settings, "test", Clock.systemUTC());
      sink.start();
      List<MeterReading> sent = readings("home", 0, 10);
      sent.forEach(sink::accept);
      broker.restart();

      try (Subscriber subscriber = new Subscriber(broker.port, "hanport/+/state")) {
        List<Subscriber.Message> received = subscriber.await(m -> true, 3, WAIT);
        assertThat(received).extracting(Subscriber.Message::payload).containsExactlyElementsOf(json(sent.subList(7, 10)));
      }
      assertThat(sink.dropped()).isEqualTo(7);
      sink.close();
    }
  }

  @Test
  void rateLimitPublishesATopicAtMostOncePerInterval() throws Exception {
    try (PrivateBroker broker = PrivateBroker.start();
        Subscriber states = new Subscriber(broker.port, "hanport/+/state")) {
      MqttSettings settings =
          MqttSettings.parse("mqtt://127.0.0.1:" + broker.port).withMinInterval(Duration.ofHours(1));
      MqttSink sink = new MqttSink(settings, "test", Clock.systemUTC());
      sink.start();
      readings("home", 0, 5).forEach(sink::accept);
      readings("cabin", 0, 1).forEach(sink::accept);

      List<Subscriber.Message> received = states.await(m -> true, 2, WAIT);
      sink.close();

      assertThat(received).extracting(Subscriber.Message::topic).containsExactly("hanport/home/state", "hanport/cabin/state");
    }
  }

  private static List<MeterReading> readings(String meter, int from, int count) {
    List<MeterReading> readings = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      readings.add(TestReadings.swedish(meter, START.plusSeconds(10L * i)));
    }
    return readings;
  }

  private static List<String> json(List<MeterReading> readings) {
    return readings.stream().map(MeterReading::toJson).toList();
  }
}
