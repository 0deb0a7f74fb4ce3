package io.hanport.app.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import io.hanport.app.testing.Services;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sink against the machine's own Mosquitto on 127.0.0.1:1883, as a user's setup has it. */
class MachineBrokerTest {

  @Test
  void readingAndDiscoveryReachTheMachinesBroker() throws Exception {
    Services.assumeReachable("127.0.0.1", 1883, "Mosquitto");
    String prefix = "hanport-test-" + UUID.randomUUID().toString().substring(0, 8);
    // Its own discovery prefix too: the machine's broker may serve a real Home Assistant.
    MqttSettings settings =
        MqttSettings.parse("mqtt://127.0.0.1:1883").withPrefix(prefix).withDiscoveryPrefix(prefix + "-ha");
    try (Subscriber states = new Subscriber(1883, prefix + "/#")) {
      MqttSink sink = new MqttSink(settings, "test", Clock.systemUTC());
      sink.start();
      MeterReading reading = TestReadings.swedish("home", Instant.parse("2026-11-26T12:00:00Z"));
      sink.accept(reading);

      List<Subscriber.Message> received =
          states.await(m -> m.topic().equals(prefix + "/home/state"), 1, Duration.ofSeconds(20));
      sink.close();

      assertThat(received).singleElement().extracting(Subscriber.Message::payload).isEqualTo(reading.toJson());
      // Leave no retained message behind on the shared broker.
      Subscriber.clearRetainedUnder(1883, prefix);
      Subscriber.clearRetainedUnder(1883, prefix + "-ha");
    }
  }
}
