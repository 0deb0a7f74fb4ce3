package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.config.ConfigDefaults;
import io.hanport.app.serve.ServeSettings;
import io.hanport.app.source.InputUri;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hanport serve}'s own options through the config file and the environment (issue 6): flag
 * over {@code HANPORT_…} over {@code hanport.yaml}, parsed the way {@link Cli} parses them.
 */
class ServeOptionsTest {

  @TempDir Path directory;

  @Test
  void flagBeatsEnvironmentBeatsFile() throws Exception {
    Path file = directory.resolve("hanport.yaml");
    Files.writeString(file, String.join("\n",
        "input: [home=sim:se-p1, tcp://10.0.0.5:23]",
        "db: sqlite:/var/lib/hanport/hanport.db",
        "http:",
        "  port: 9001",
        "  bind: 127.0.0.1",
        "  auth: token:from-the-file",
        "main-fuse: 16",
        ""));
    Map<String, String> env = Map.of("HANPORT_HTTP_PORT", "9002", "HANPORT_MAIN_FUSE", "25");

    ServeSettings flagged = settings(env, file, "serve", "--http-port", "9003");
    ServeSettings fromEnv = settings(env, file, "serve");
    ServeSettings fromFile = settings(Map.of(), file, "serve");

    assertThat(flagged.httpPort()).isEqualTo(9003);
    assertThat(fromEnv.httpPort()).isEqualTo(9002);
    assertThat(fromFile.httpPort()).isEqualTo(9001);
    assertThat(fromEnv.dashboard().mainFuseA()).isEqualTo(25);
    assertThat(fromFile.dashboard().mainFuseA()).isEqualTo(16);
    assertThat(fromFile.httpBind()).isEqualTo("127.0.0.1");
    assertThat(fromFile.dashboard().auth())
        .hasValueSatisfying(auth -> assertThat(auth).hasToString("token auth"));
    assertThat(fromFile.database()).isEqualTo("sqlite:/var/lib/hanport/hanport.db");
    assertThat(fromFile.inputs()).extracting(InputUri::toString).hasSize(2);
  }

  @Test
  void withoutFileOrEnvironmentServeListensEverywhereOn8080WithoutAuth() throws Exception {
    ServeSettings defaults =
        settings(Map.of(), directory.resolve("absent.yaml"), "serve", "--input", "sim:se-p1");

    assertThat(defaults.httpPort()).isEqualTo(8080);
    assertThat(defaults.httpBind()).isEqualTo("0.0.0.0");
    assertThat(defaults.dashboard().auth()).isEmpty();
    assertThat(defaults.database()).isEqualTo("sqlite:./data/hanport.db");
  }

  private static ServeSettings settings(Map<String, String> env, Path file, String... args)
      throws Exception {
    Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), env);
    CommandLine commandLine = Cli.commandLine(terminal);
    commandLine.setDefaultValueProvider(ConfigDefaults.load(env, file, false));
    CommandLine.ParseResult parsed = commandLine.parseArgs(args);
    ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
    return serve.settings(serve.inputs(), serve.database);
  }
}
