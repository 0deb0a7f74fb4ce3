package io.hanport.app.pipeline;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;

/** Plays a bridge that publishes raw meter frames on a topic. */
final class MqttPublisher implements AutoCloseable {

  private final Mqtt3BlockingClient client;

  MqttPublisher(int port) {
    client =
        MqttClient.builder()
            .useMqttVersion3()
            .serverHost("127.0.0.1")
            .serverPort(port)
            .buildBlocking();
    client.connect();
  }

  void publish(String topic, byte[] payload) {
    client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
  }

  @Override
  public void close() {
    if (client.getState().isConnected()) {
      client.disconnect();
    }
  }
}
