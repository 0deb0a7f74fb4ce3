package io.hanport.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreUriTest {

  @Test
  void theDefaultIsASqliteFileUnderData() {
    assertThat(StoreUri.parse(Stores.DEFAULT_DB))
        .isEqualTo(new StoreUri.Sqlite(Path.of("./data/hanport.db")));
  }

  @Test
  void aPostgresqlUriBecomesJdbcWithTheCredentialsApart() {
    StoreUri.Postgresql uri =
        (StoreUri.Postgresql)
            StoreUri.parse(
                "postgresql://meter%40home:p%3Ass@db.example:6543/hanport?schema=main&sslmode=require");

    assertThat(uri)
        .isEqualTo(
            new StoreUri.Postgresql(
                "db.example",
                6543,
                "hanport",
                "meter@home",
                "p:ss",
                Optional.of("main"),
                Map.of("sslmode", "require")));
    assertThat(uri.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example:6543/hanport?sslmode=require");
    assertThat(uri.display())
        .isEqualTo("postgresql://meter@home@db.example:6543/hanport")
        .doesNotContain("p:ss");
  }

  @Test
  void thePortDefaultsTo5432() {
    StoreUri.Postgresql uri =
        (StoreUri.Postgresql) StoreUri.parse("postgres://hanport@localhost/history");
    assertThat(uri.port()).isEqualTo(5432);
    assertThat(uri.password()).isEmpty();
  }

  @Test
  void aUriWithoutDatabaseIsRefusedWithoutShowingThePassword() {
    assertThatThrownBy(() -> StoreUri.parse("postgresql://hanport:secret@localhost"))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "--db postgresql://hanport:***@localhost needs a host and a database:"
                + " postgresql://user:password@host:5432/database");
  }
}
