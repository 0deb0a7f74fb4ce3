package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dashboard's files reach the jar as written: app/pom.xml filters only the version file. */
class StaticAssetsTest {

  private static final Path SOURCES = Path.of("src", "main", "resources");

  @Test
  void everyDashboardFileIsOnTheClasspathByteForByte() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES.resolve("web"))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String resource = SOURCES.relativize(file).toString().replace('\\', '/');
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        assertThat(in.readAllBytes()).as(resource).isEqualTo(Files.readAllBytes(file));
      }
    }
  }
}
