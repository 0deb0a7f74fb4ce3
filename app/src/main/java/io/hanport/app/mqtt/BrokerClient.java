package io.hanport.app.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one HiveMQ client a sink publishes through: it reconnects by itself with backoff (1 s to
 * 60 s), speaks TLS for {@code mqtts://} (trusting {@code --mqtt-ca} when given, else the JVM's
 * authorities), and leaves a retained Last Will that says the meter's status is offline.
 */
final class BrokerClient {

  private BrokerClient() {}

  /**
   * @param connected called on every (re)connect
   * @param lost called with the cause when a connection attempt fails or a connection drops
   */
  static Mqtt3AsyncClient build(
      MqttSettings settings, Runnable connected, Consumer<Throwable> lost) {
    Mqtt3ClientBuilder builder =
        MqttClient.builder()
            .useMqttVersion3()
            .identifier("hanport-" + UUID.randomUUID().toString().substring(0, 8))
            .serverHost(settings.host())
            .serverPort(settings.port())
            .automaticReconnect()
            .initialDelay(1, TimeUnit.SECONDS)
            .maxDelay(60, TimeUnit.SECONDS)
            .applyAutomaticReconnect()
            .addConnectedListener(context -> connected.run())
            .addDisconnectedListener(context -> lost.accept(context.getCause()));
    if (settings.tls() && settings.trustedCa().isPresent()) {
      builder =
          builder
              .sslConfig()
              .trustManagerFactory(TrustedCa.load(settings.trustedCa().get()))
              .applySslConfig();
    } else if (settings.tls()) {
      builder = builder.sslWithDefaultConfig();
    }
    return builder.buildAsync();
  }

  /** Starts connecting, with the Last Will and the user's credentials. */
  static void connect(Mqtt3AsyncClient client, MqttSettings settings, Topics topics) {
    var connect =
        client
            .connectWith()
            .cleanSession(true)
            .keepAlive(30)
            .willPublish()
            .topic(topics.status())
            .payload(Topics.OFFLINE.getBytes(StandardCharsets.UTF_8))
            .qos(MqttQos.AT_LEAST_ONCE)
            .retain(true)
            .applyWillPublish();
    if (settings.username().isPresent()) {
      connect =
          connect
              .simpleAuth()
              .username(settings.username().get())
              .password(settings.password().orElse("").getBytes(StandardCharsets.UTF_8))
              .applySimpleAuth();
    }
    connect.send();
  }
}
