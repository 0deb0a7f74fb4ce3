package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code --http-auth}: its two forms, and a secret that never shows in messages or logs. */
class HttpAuthTest {

  @ParameterizedTest
  @ValueSource(strings = {"token:", "basic:anna", "basic::pw", "basic:anna:", "bearer:x",
      "hunter2"})
  void aMalformedValueIsRefusedWithoutRepeatingIt(String spec) {
    assertThatThrownBy(() -> HttpAuth.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--http-auth takes token:SECRET or basic:USER:PASSWORD (neither part empty)");
  }

  @Test
  void printingItNeverShowsTheSecret() {
    assertThat(HttpAuth.parse("token:hunter2")).hasToString("token auth");
    assertThat(HttpAuth.parse("basic:anna:hunter2")).hasToString("basic auth");
    assertThat(HttpAuth.parse("token:hunter2").howToOpen()).contains("?token=")
        .doesNotContain("hunter2");
    assertThat(HttpAuth.parse("basic:anna:hunter2").howToOpen()).doesNotContain("hunter2");
  }

  @Test
  void theCommandLineOptionsParseAndKeepTheSecretOutOfErrors() {
    WebCliOptions options = new WebCliOptions();
    new CommandLine(options).parseArgs("--http-port", "9090", "--http-auth", "token:abc",
        "--main-fuse", "16");

    assertThat(options.port()).isEqualTo(9090);
    assertThat(options.bind()).isEqualTo("0.0.0.0");
    DashboardSettings settings = options.settings(TestServer.STOCKHOLM);
    assertThat(settings.mainFuseA()).isEqualTo(16);
    assertThat(settings.auth()).hasValueSatisfying(auth -> assertThat(auth.acceptsToken("abc")))
        .get().hasToString("token auth");

    assertThatThrownBy(() -> new CommandLine(new WebCliOptions())
            .parseArgs("--http-auth", "basic:hunter2"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .message()
        .doesNotContain("hunter2");
  }

  @Test
  void defaultsListenEverywhereOn8080WithA20AmpereFuse() {
    WebCliOptions options = new WebCliOptions();
    new CommandLine(options).parseArgs();

    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.bind()).isEqualTo("0.0.0.0");
    assertThat(options.settings(TestServer.STOCKHOLM).auth()).isEmpty();
    assertThat(options.settings(TestServer.STOCKHOLM).mainFuseA()).isEqualTo(20);
  }
}
