package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenUrlsTest {

  @Test
  void onEveryInterfaceItNamesLocalhostAndTheAddressesPhonesUse() throws Exception {
    List<InetAddress> home = List.of(InetAddress.getByName("192.168.1.20"),
        InetAddress.getByName("10.0.0.7"));

    assertThat(ListenUrls.describe("0.0.0.0", 8080, home)).isEqualTo("http://localhost:8080/"
        + " (from phones on this network: http://192.168.1.20:8080/, http://10.0.0.7:8080/)");
    assertThat(ListenUrls.describe("::", 8080, List.of())).isEqualTo("http://localhost:8080/");
  }

  @Test
  void boundToOneAddressItNamesThatOne() {
    assertThat(ListenUrls.describe("127.0.0.1", 8080, List.of()))
        .isEqualTo("http://127.0.0.1:8080/");
    assertThat(ListenUrls.describe("fd00::5", 80, List.of())).isEqualTo("http://[fd00::5]:80/");
  }
}
