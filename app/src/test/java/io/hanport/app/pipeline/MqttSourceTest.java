package io.hanport.app.pipeline;

import static io.hanport.app.pipeline.PipelineHarness.fastOptions;
import static io.hanport.app.pipeline.PipelineHarness.pipeline;
import static io.hanport.app.pipeline.TcpReconnectTest.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.PipelineStatus.State;
import io.hanport.app.source.TestCaptures;
import io.hanport.app.testing.Services;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Raw frames from an MQTT topic, as bridges publish them: bytes, or hex text. */
class MqttSourceTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final String topic =
      "hanport-test/" + UUID.randomUUID().toString().substring(0, 8) + "/raw";
  private final byte[] swedish = TestCaptures.bytes(TestCaptures.SWEDISH);
  private final byte[] e360 = TestCaptures.bytes(TestCaptures.SWEDISH_E360);

  @Test
  void binaryAndHexTextPayloadsFromTheMachinesBrokerBecomeReadings() throws Exception {
    Services.assumeReachable("127.0.0.1", 1883, "Mosquitto");
    CollectingSink sink = new CollectingSink();
    Pipeline pipeline = pipeline("mqtt://127.0.0.1:1883/" + topic, fastOptions(), "store", sink);
    pipeline.start();
    awaitStatus(pipeline, status -> status.state() == State.CONNECTED);

    try (MqttPublisher bridge = new MqttPublisher(1883)) {
      bridge.publish(topic, swedish);
      sink.await(1, WAIT);
      bridge.publish(topic, hexLines(e360));
      sink.await(2, WAIT);
    }
    awaitStatus(pipeline, status -> status.connection().equals("binary and hex-text payloads"));
    pipeline.close();

    assertThat(sink.readings())
        .extracting(MeterReading::meter)
        .containsExactly("ell5-253833635-a", "lgf5e360");
    assertThat(sink.readings().get(0).frame()).isEqualTo(swedish);
    assertThat(sink.readings().get(1).frame()).isEqualTo(e360);
  }

  @Test
  void aRestartedBrokerIsReconnectedAndReadingsResume() throws Exception {
    try (OwnMosquitto broker = OwnMosquitto.start()) {
      CollectingSink sink = new CollectingSink();
      Pipeline pipeline =
          pipeline("mqtt://127.0.0.1:" + broker.port + "/" + topic, fastOptions(), "store", sink);
      pipeline.start();
      awaitStatus(pipeline, status -> status.state() == State.CONNECTED);
      try (MqttPublisher bridge = new MqttPublisher(broker.port)) {
        bridge.publish(topic, swedish);
        sink.await(1, WAIT);
      }

      broker.stop();
      awaitStatus(pipeline, status -> status.state() == State.RECONNECTING);
      broker.startAgain();
      awaitStatus(pipeline, status -> status.state() == State.CONNECTED);
      try (MqttPublisher bridge = new MqttPublisher(broker.port)) {
        bridge.publish(topic, e360);
        sink.await(2, WAIT);
      }
      pipeline.close();

      assertThat(sink.readings())
          .extracting(MeterReading::meter)
          .containsExactly("ell5-253833635-a", "lgf5e360");
      assertThat(pipeline.status().reconnects()).isEqualTo(1);
    }
  }

  /** Hex as bridges that cannot publish binary send it: upper case, 32 bytes a line. */
  private static byte[] hexLines(byte[] bytes) {
    String hex = HexFormat.of().withUpperCase().formatHex(bytes);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 64) {
      lines.append(hex, i, Math.min(hex.length(), i + 64)).append('\n');
    }
    return lines.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
