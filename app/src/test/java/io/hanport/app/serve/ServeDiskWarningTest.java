package io.hanport.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.store.DiskPolicy;
import io.hanport.app.web.DashboardSettings;
import io.hanport.codec.DecoderOptions;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: {@code serve} watches the disk under its database and says so in {@code /api/v1/status}.
 * A policy whose threshold no disk meets stands in for a full disk.
 */
class ServeDiskWarningTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path directory;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void statusShowsTheDiskWarningWhenThePolicySaysLow() throws Exception {
    JsonNode database = databaseStatus(new DiskPolicy(Long.MAX_VALUE, 0));

    assertThat(database.get("disk_level").asText()).isEqualTo("LOW");
    assertThat(database.get("disk_warning").asText()).contains("MB free on the database's disk");
    assertThat(database.get("free_bytes").asLong()).isPositive();
  }

  @Test
  void statusHasNoDiskWarningWhileSpaceIsPlenty() throws Exception {
    JsonNode database = databaseStatus(new DiskPolicy(1, 0));

    assertThat(database.get("disk_level").asText()).isEqualTo("OK");
    assertThat(database.has("disk_warning")).isFalse();
  }

  /** The status's database object once the first disk check has run. */
  private JsonNode databaseStatus(DiskPolicy policy) throws Exception {
    DecoderOptions decoder = DecoderOptions.defaults();
    ServeSettings settings =
        new ServeSettings(
            List.of(),
            decoder,
            SourceOptions.defaults(decoder, profile -> InputStream.nullInputStream()),
            "sqlite:" + directory.resolve("hanport.db"),
            0,
            "127.0.0.1",
            new DashboardSettings(Optional.empty(), 20, decoder.zone()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    try (HanportService service = HanportService.start(settings, "test", policy)) {
      URI status = URI.create("http://127.0.0.1:" + service.httpPort() + "/api/v1/status");
      long deadline = System.nanoTime() + WAIT.toNanos();
      JsonNode database = new ObjectMapper().createObjectNode();
      while (System.nanoTime() < deadline && !database.has("disk_level")) {
        Thread.sleep(100);
        String body =
            http.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        database = new ObjectMapper().readTree(body).path("database");
      }
      return database;
    }
  }
}
