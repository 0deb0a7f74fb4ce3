package io.hanport.app.source;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Raw frames that a bridge publishes on an MQTT topic, one frame per message, as bytes or as hex
 * text (detected per message). MQTT 3.1.1, which every bridge and broker speaks. The client does
 * not reconnect by itself: a lost broker is a lost connection, and the pipeline's backoff
 * reconnects, as for every other input.
 */
final class MqttSource implements Source {

  private final Endpoint.Mqtt endpoint;
  private final Duration connectTimeout;
  private final Duration poll;

  MqttSource(Endpoint.Mqtt endpoint, Duration connectTimeout, Duration poll) {
    this.endpoint = endpoint;
    this.connectTimeout = connectTimeout;
    this.poll = poll;
  }

  @Override
  public String uri() {
    return endpoint.uri();
  }

  @Override
  public Connection open() throws IOException {
    MqttMessages messages = new MqttMessages(poll);
    Mqtt3AsyncClient client =
        MqttClient.builder()
            .useMqttVersion3()
            // Brokers drop the older of two sessions with one id: every connection gets its own.
            .identifier("hanport-" + UUID.randomUUID().toString().substring(0, 8))
            .serverHost(endpoint.host())
            .serverPort(endpoint.port())
            .addDisconnectedListener(context -> messages.lost(context.getCause()))
            .buildAsync();
    try {
      await(client.connectWith().cleanSession(true).keepAlive(30).send(), "connect");
      messages.connected();
      await(
          client
              .subscribeWith()
              .topicFilter(endpoint.topic())
              .qos(MqttQos.AT_MOST_ONCE)
              .callback(publish -> messages.add(publish.getPayloadAsBytes()))
              .send(),
          "subscribe to " + endpoint.topic());
    } catch (IOException failed) {
      client.disconnect();
      throw failed;
    }
    return new MqttConnection(client, messages);
  }

  private void await(Future<?> step, String what) throws IOException {
    try {
      step.get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause() == null ? failed : failed.getCause();
      throw new IOException("cannot " + what + ": " + MqttMessages.describe(cause), cause);
    } catch (TimeoutException slow) {
      throw new IOException(
          "cannot " + what + ": no answer within " + connectTimeout.toSeconds() + " s", slow);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while trying to " + what, interrupted);
    }
  }

  private static final class MqttConnection implements Connection {
    private final Mqtt3AsyncClient client;
    private final MqttMessages messages;

    MqttConnection(Mqtt3AsyncClient client, MqttMessages messages) {
      this.client = client;
      this.messages = messages;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
      return messages.read(buffer);
    }

    @Override
    public String details() {
      return messages.payloadKinds();
    }

    @Override
    public void close() {
      messages.closing();
      client.disconnect();
    }
  }
}
