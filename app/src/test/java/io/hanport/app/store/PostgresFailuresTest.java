package io.hanport.app.store;

import static io.hanport.app.store.SwedishMeter.STOCKHOLM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.app.testing.Services;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Issue 5: wrong PostgreSQL settings give one clear line, not a stack trace. */
class PostgresFailuresTest {

  @Test
  void aPortNobodyListensOnIsUnreachable() {
    assertThatThrownBy(
            () -> Stores.open("postgresql://postgres:secret@127.0.0.1:1/test", STOCKHOLM))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot reach PostgreSQL at 127.0.0.1:1: ")
        .hasMessageEndingWith(". Is the server running, and are host and port in --db right?")
        .hasMessageNotContaining("secret")
        .satisfies(failure -> assertThat(failure.getStackTrace()).isEmpty());
  }

  @Test
  void anUnknownUserIsRefusedWithTheFix() {
    Services.assumeReachable(PostgresStoreTest.HOST, PostgresStoreTest.PORT, "PostgreSQL");
    assertThatThrownBy(
            () -> Stores.open("postgresql://nobody_hanport:pw@127.0.0.1:5432/test", STOCKHOLM))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "PostgreSQL at 127.0.0.1:5432 refused user 'nobody_hanport': FATAL: role"
                + " \"nobody_hanport\" does not exist. Check the user and password in --db");
  }

  @Test
  void anUnknownDatabaseSaysHowToCreateIt() {
    Services.assumeReachable(PostgresStoreTest.HOST, PostgresStoreTest.PORT, "PostgreSQL");
    assertThatThrownBy(
            () -> Stores.open("postgresql://postgres@127.0.0.1:5432/no_such_hanport_db", STOCKHOLM))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "PostgreSQL at 127.0.0.1:5432 has no database 'no_such_hanport_db':"
                + " create it (createdb no_such_hanport_db) or fix --db");
  }

  /**
   * The machine's server trusts every local user, so a wrong password cannot be shown live; this is
   * the SQLSTATE the server sends for one (PostgreSQL errcodes, 28P01 invalid_password).
   */
  @Test
  void aWrongPasswordNamesTheUserAndTheFix() {
    StoreUri.Postgresql uri =
        (StoreUri.Postgresql) StoreUri.parse("postgresql://hanport:wrong@db.local/hanport");
    SQLException refused =
        new SQLException("FATAL: password authentication failed for user \"hanport\"", "28P01");

    assertThat(PostgresErrors.translate(uri, refused))
        .hasMessage(
            "PostgreSQL at db.local:5432 refused user 'hanport': FATAL: password authentication"
                + " failed for user \"hanport\". Check the user and password in --db");
  }
}
