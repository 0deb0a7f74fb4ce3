package io.hanport.app.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --mqtt mqtts://…} against a Mosquitto that speaks only TLS, its certificate signed by a
 * CA of its own, as a home broker's usually is: trusted through {@code --mqtt-ca} (issue 7).
 */
class MqttTlsTest {

  @TempDir Path folder;

  @Test
  void mqttsWithTheBrokersCaDeliversTheState() throws Exception {
    try (PrivateBroker broker = PrivateBroker.startTls(folder)) {
      MqttSettings settings =
          MqttSettings.parse("mqtts://localhost:" + broker.port)
              .withTrustedCa(PrivateBroker.resource("tls/ca.pem"));
      assertThat(settings.tls()).isTrue();
      Mqtt3BlockingClient subscriber = tlsSubscriber(broker.port);
      try (Mqtt3BlockingClient.Mqtt3Publishes publishes = subscriber.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL)) {
        subscriber.subscribeWith().topicFilter("hanport/+/state").qos(MqttQos.AT_LEAST_ONCE).send();
        MqttSink sink = new MqttSink(settings, "test", Clock.systemUTC());
        sink.start();
        sink.accept(TestReadings.swedish("home", Instant.parse("2026-11-26T12:00:00Z")));

        Optional<Mqtt3Publish> state = publishes.receive(60, TimeUnit.SECONDS);
        sink.close();

        assertThat(state).isPresent();
        assertThat(new String(state.get().getPayloadAsBytes(), StandardCharsets.UTF_8))
            .isEqualTo(TestReadings.swedish("home", Instant.parse("2026-11-26T12:00:00Z")).toJson());
      } finally {
        subscriber.disconnect();
      }
    }
  }

  @Test
  void mqttsWithoutTheCaIsRefusedByTheJvmsAuthorities() throws Exception {
    try (PrivateBroker broker = PrivateBroker.startTls(folder)) {
      MqttSink sink = new MqttSink(MqttSettings.parse("mqtts://localhost:" + broker.port), "test", Clock.systemUTC());
      sink.start();
      // The handshake fails for want of trust: the sink stays disconnected and keeps the reading.
      sink.accept(TestReadings.swedish("home", Instant.parse("2026-11-26T12:00:00Z")));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (sink.connectionFailures() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(sink.connectionFailures()).as("a refused handshake").isPositive();
      assertThat(sink.lastConnectionProblem()).containsIgnoringCase("certificat");
      assertThat(sink.connected()).isFalse();
      assertThat(sink.queued()).isEqualTo(1);
      sink.close();
    }
  }

  private static Mqtt3BlockingClient tlsSubscriber(int port) {
    Mqtt3BlockingClient client =
        MqttClient.builder()
            .useMqttVersion3()
            .serverHost("localhost")
            .serverPort(port)
            .sslConfig()
            .trustManagerFactory(TrustedCa.load(PrivateBroker.resource("tls/ca.pem")))
            .applySslConfig()
            .buildBlocking();
    client.connect();
    return client;
  }
}
