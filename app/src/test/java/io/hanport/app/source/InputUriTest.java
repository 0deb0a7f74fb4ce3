package io.hanport.app.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.app.source.SerialSettings.Parity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputUriTest {

  @Test
  void serialPortWithoutSettingsAsksForDetection() {
    InputUri input = InputUri.parse("serial:/dev/ttyUSB0");

    assertThat(input.name()).isEmpty();
    assertThat(input.endpoint()).isEqualTo(new Endpoint.Serial("/dev/ttyUSB0", Optional.empty()));
    assertThat(input.sourceName()).isEqualTo("serial:/dev/ttyUSB0");
  }

  @Test
  void serialSettingsInTheQuerySkipDetection() {
    InputUri input = InputUri.parse("serial:/dev/ttyAMA0?baud=2400&parity=even");

    assertThat(input.endpoint())
        .isEqualTo(
            new Endpoint.Serial(
                "/dev/ttyAMA0", Optional.of(new SerialSettings(2400, 8, Parity.EVEN, 1))));
    assertThat(input.endpoint().uri())
        .isEqualTo("serial:/dev/ttyAMA0?baud=2400&parity=even&databits=8&stopbits=1");
  }

  @Test
  void everySerialSettingCanBeGiven() {
    Endpoint endpoint =
        InputUri.parse("serial:/dev/ttyS1?baud=9600&parity=e&databits=7&stopbits=2").endpoint();

    assertThat(((Endpoint.Serial) endpoint).settings())
        .contains(new SerialSettings(9600, 7, Parity.EVEN, 2));
    assertThat(new SerialSettings(9600, 7, Parity.EVEN, 1)).hasToString("9600 7E1");
  }

  @Test
  void aNameBeforeTheUriNamesTheInput() {
    InputUri input = InputUri.parse("home=serial:/dev/ttyUSB0?baud=115200");

    assertThat(input.name()).contains("home");
    assertThat(input.sourceName()).isEqualTo("home");
    assertThat(input)
        .hasToString("home=serial:/dev/ttyUSB0?baud=115200&parity=none&databits=8&stopbits=1");
  }

  @Test
  void tcpNeedsHostAndPort() {
    assertThat(InputUri.parse("tcp://192.0.2.7:2000").endpoint())
        .isEqualTo(new Endpoint.Tcp("192.0.2.7", 2000));
    assertThat(InputUri.parse("tcp://[::1]:23/").endpoint()).isEqualTo(new Endpoint.Tcp("::1", 23));
    assertThat(InputUri.parse("tcp://[::1]:23").endpoint().uri()).isEqualTo("tcp://[::1]:23");
    assertThatThrownBy(() -> InputUri.parse("tcp://bridge.local"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("input 'tcp://bridge.local': no port in 'bridge.local': write host:port");
  }

  @Test
  void mqttTopicKeepsItsWildcardsAndThePortDefaultsTo1883() {
    assertThat(InputUri.parse("mqtt://broker/han/+/raw").endpoint())
        .isEqualTo(new Endpoint.Mqtt("broker", 1883, "han/+/raw"));
    assertThat(InputUri.parse("meter=mqtt://127.0.0.1:1884/p1/#").endpoint())
        .isEqualTo(new Endpoint.Mqtt("127.0.0.1", 1884, "p1/#"));
    assertThatThrownBy(() -> InputUri.parse("mqtt://broker"))
        .hasMessage("input 'mqtt://broker': no topic: write mqtt://host[:port]/topic");
    assertThatThrownBy(() -> InputUri.parse("home=mqtt://bob:hunter2@broker/p1"))
        .hasMessage("input 'home=mqtt://***@broker/p1': inputs connect without a user name or"
            + " password; allow anonymous reading on the broker or device, on the local network"
            + " only");
    assertThatThrownBy(() -> InputUri.parse("tcp://bob:hunter2@10.0.0.5:23"))
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void fileMayBeReplayedInRealTime() {
    assertThat(InputUri.parse("file:captures/se.txt").endpoint())
        .isEqualTo(new Endpoint.File(Path.of("captures/se.txt"), false, Optional.empty()));
    Endpoint.File paced =
        (Endpoint.File)
            InputUri.parse("file:///tmp/frames.hex?pace=realtime&interval=2.5").endpoint();
    assertThat(paced)
        .isEqualTo(
            new Endpoint.File(
                Path.of("/tmp/frames.hex"), true, Optional.of(Duration.ofMillis(2500))));
    assertThat(paced.hexText()).isTrue();
    assertThat(paced.uri()).isEqualTo("file:/tmp/frames.hex?pace=realtime&interval=2.5");
  }

  @Test
  void simulatorTakesAProfile() {
    assertThat(InputUri.parse("sim:se-p1").endpoint()).isEqualTo(new Endpoint.Simulator("se-p1"));
  }

  @Test
  void mistakesAreNamedWithTheFix() {
    assertThatThrownBy(() -> InputUri.parse("/dev/ttyUSB0"))
        .hasMessage("input '/dev/ttyUSB0': a serial port is written serial:/dev/ttyUSB0");
    assertThatThrownBy(() -> InputUri.parse("http://meter"))
        .hasMessageStartingWith("input 'http://meter': unknown kind of input; use one of serial:");
    assertThatThrownBy(() -> InputUri.parse("serial:/dev/ttyUSB0?parity=even"))
        .hasMessageContaining("serial settings need baud= too");
    assertThatThrownBy(() -> InputUri.parse("serial:/dev/ttyUSB0?baud=fast"))
        .hasMessage("input 'serial:/dev/ttyUSB0?baud=fast': baud must be a number, not 'fast'");
    assertThatThrownBy(() -> InputUri.parse("serial:/dev/ttyUSB0?speed=9600"))
        .hasMessageContaining("unknown serial setting 'speed'");
    assertThatThrownBy(() -> InputUri.parse("serial:/dev/ttyUSB0?baud=9600&parity=mark"))
        .hasMessageContaining("parity must be none, even or odd, not 'mark'");
    assertThatThrownBy(() -> InputUri.parse("tcp://host:99999"))
        .hasMessageContaining("port must be 1 to 65535, not '99999'");
    assertThatThrownBy(() -> InputUri.parse("file:x.txt?pace=slow"))
        .hasMessageContaining("pace must be realtime or fast, not 'slow'");
    assertThatThrownBy(() -> InputUri.parse("my meter=sim:se-p1"))
        .hasMessageContaining("an input's name is letters, digits");
    assertThatThrownBy(() -> InputUri.parse("sim:"))
        .hasMessage("input 'sim:': incomplete: write sim:PROFILE");
  }
}
