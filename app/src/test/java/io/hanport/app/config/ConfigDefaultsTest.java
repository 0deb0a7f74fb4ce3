package io.hanport.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Flag over environment over file over built-in default (issue 6, item 1). */
class ConfigDefaultsTest {

  @TempDir Path directory;

  @Command(name = "serve")
  static final class Serve {
    @Option(names = "--http-port", defaultValue = "8080")
    int httpPort;

    @Option(names = "--input", split = ",")
    List<String> inputs;
  }

  @Test
  void flagBeatsEnvironmentBeatsFileBeatsDefault() throws Exception {
    Path file = write("http-port: 9000\n");
    Map<String, String> env = Map.of("HANPORT_HTTP_PORT", "9100");

    assertThat(parse(ConfigDefaults.load(env, file, true), "--http-port", "9200").httpPort).isEqualTo(9200);
    assertThat(parse(ConfigDefaults.load(env, file, true)).httpPort).isEqualTo(9100);
    assertThat(parse(ConfigDefaults.load(Map.of(), file, true)).httpPort).isEqualTo(9000);
    assertThat(parse(ConfigDefaults.environment(Map.of())).httpPort).isEqualTo(8080);
  }

  @Test
  void nestedSettingsAndListsReadLikeOptions() throws Exception {
    Path file = write("http:\n  port: 9001\ninput:\n  - home=serial:/dev/ttyUSB0\n  - tcp://10.0.0.5:23\n");

    Serve serve = parse(ConfigDefaults.load(Map.of(), file, true));

    assertThat(serve.httpPort).isEqualTo(9001);
    assertThat(serve.inputs).containsExactly("home=serial:/dev/ttyUSB0", "tcp://10.0.0.5:23");
  }

  @Test
  void defaultFileMayBeAbsentButANamedOneMayNot() throws Exception {
    Path missing = directory.resolve("absent.yaml");

    assertThat(parse(ConfigDefaults.load(Map.of(), missing, false)).httpPort).isEqualTo(8080);
    assertThatThrownBy(() -> ConfigDefaults.load(Map.of(), missing, true))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("absent.yaml does not exist");
  }

  @Test
  void invalidYamlNamesTheFileAndLine() throws IOException {
    Path file = write("http-port: 9000\ninput: [unclosed\n");

    assertThatThrownBy(() -> ConfigDefaults.load(Map.of(), file, true))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not valid YAML at line");
  }

  @Test
  void unknownSettingIsNamed() throws Exception {
    ConfigDefaults defaults = ConfigDefaults.load(Map.of(), write("htp-port: 9000\n"), true);

    assertThatThrownBy(() -> defaults.checkKnown(Set.of("http-port", "input")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown setting 'htp-port'");
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(directory.resolve("hanport.yaml"), yaml);
  }

  private static Serve parse(ConfigDefaults defaults, String... args) {
    Serve serve = new Serve();
    new CommandLine(serve).setDefaultValueProvider(defaults).parseArgs(args);
    return serve;
  }
}
