package io.hanport.app.serve;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.app.source.InputUri;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.web.DashboardSettings;
import io.hanport.codec.DecoderOptions;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A port that is taken or an address that is not this machine's: one line naming the option. */
class ListenProblemsTest {

  @TempDir Path directory;

  @Test
  void aTakenPortNamesHttpPort() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> HanportService.start(settings("127.0.0.1", taken.getLocalPort()),
          "test"))
          .isInstanceOf(BindException.class)
          .hasMessage("cannot listen on 127.0.0.1:" + taken.getLocalPort()
              + ": the port is in use (by another hanport?); choose another with --http-port");
    }
  }

  @Test
  void anAddressOfAnotherMachineNamesHttpBind() {
    // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never an address of this machine.
    assertThatThrownBy(() -> HanportService.start(settings("192.0.2.1", 0), "test"))
        .isInstanceOf(BindException.class)
        .hasMessageStartingWith("cannot listen on 192.0.2.1:0: ")
        .hasMessageEndingWith(
            "; --http-bind takes an address of this machine, or 0.0.0.0 for all of them");
  }

  private ServeSettings settings(String bind, int port) {
    DecoderOptions decoder = DecoderOptions.defaults();
    return new ServeSettings(List.of(InputUri.parse("sim:se-p1")), decoder,
        SourceOptions.defaults(decoder, profile -> {
          throw new IOException("not started: the dashboard could not listen");
        }),
        "sqlite:" + directory.resolve("hanport.db"), port, bind,
        new DashboardSettings(Optional.empty(), 20, decoder.zone()), Optional.empty(),
        Optional.empty(), Optional.empty());
  }
}
