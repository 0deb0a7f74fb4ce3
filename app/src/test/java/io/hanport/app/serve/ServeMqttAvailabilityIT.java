package io.hanport.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.mqtt.Subscriber;
import io.hanport.app.mqtt.Subscriber.Message;
import io.hanport.app.testing.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Home Assistant's availability for {@code hanport serve --mqtt}, with the shaded jar in a JVM of
 * its own so that it can die: killed, the broker publishes hanport's Last Will ({@code offline},
 * retained); stopped with SIGTERM, hanport says {@code offline} itself (issue 7).
 */
class ServeMqttAvailabilityIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int BROKER = 1883;
  private static Path jar;

  @TempDir Path dir;

  private String prefix;

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("hanport.jar", "target/hanport.jar"));
    Assumptions.assumeTrue(Files.isRegularFile(jar), "shaded jar not built at " + jar + ": run mvn verify");
  }

  @BeforeEach
  void broker() {
    Services.assumeReachable("127.0.0.1", BROKER, "Mosquitto");
    prefix = "hanport-it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void killedHanportIsMarkedOfflineByItsLastWill() throws Exception {
    assertThat(offlineAfter(Process::destroyForcibly)).isEqualTo("offline");
  }

  @Test
  void stoppedHanportSaysOfflineItself() throws Exception {
    assertThat(offlineAfter(Process::destroy)).isEqualTo("offline");
  }

  /** Starts hanport, waits for online, ends it as told; returns the retained status then. */
  private String offlineAfter(java.util.function.Consumer<Process> ending) throws Exception {
    try (Subscriber status = new Subscriber(BROKER, prefix + "/status")) {
      Process hanport = serve();
      try {
        assertThat(status.await(m -> m.payload().equals("online"), 1, WAIT)).as("online").hasSize(1);
        ending.accept(hanport);
        assertThat(hanport.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(status.await(m -> m.payload().equals("offline"), 1, WAIT)).as("offline").hasSize(1);
        return retainedStatus();
      } finally {
        hanport.destroyForcibly();
        Subscriber.clearRetainedUnder(BROKER, prefix);
        Subscriber.clearRetainedUnder(BROKER, prefix + "-ha");
      }
    }
  }

  private String retainedStatus() throws Exception {
    try (Subscriber fresh = new Subscriber(BROKER, prefix + "/status")) {
      List<Message> messages = fresh.await(m -> true, 1, WAIT);
      assertThat(messages).singleElement().extracting(Message::retained).isEqualTo(true);
      return messages.get(0).payload();
    }
  }

  private Process serve() throws Exception {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            jar.toString(),
            "serve",
            "--input",
            "home=sim:se-p1",
            "--db",
            "sqlite:" + dir.resolve("hanport.db"),
            "--http-port",
            "0",
            "--http-bind",
            "127.0.0.1",
            "--mqtt",
            "mqtt://127.0.0.1:" + BROKER,
            "--mqtt-prefix",
            prefix,
            "--mqtt-discovery-prefix",
            prefix + "-ha")
        .directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
  }
}
