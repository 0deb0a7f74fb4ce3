package io.hanport.app.store;

import static io.hanport.app.store.SwedishMeter.STOCKHOLM;
import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.pipeline.MeterReading;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 4 stores raw readings against their meter's template ({@link TelegramTemplate}); a schema
 * 2 database, whose raw readings were all deflated against the dictionary, is migrated and reads
 * its old rows and the new ones alike.
 */
class RawFormUpgradeTest {

  @TempDir Path directory;

  @Test
  void aSchema2DatabasesDeflatedRawReadingsStayReadableBesideNewOnes() throws Exception {
    Path file = directory.resolve("schema2.db");
    Flyway.configure()
        .dataSource("jdbc:sqlite:" + file, "", "")
        .locations("classpath:db/migration/sqlite")
        .target("2")
        .load()
        .migrate();
    Series series =
        new Series(new SwedishMeter("main", StoreFixture.HEADER), 1_000, 0)
            .run(
                Instant.parse("2026-11-19T00:00:00Z"),
                Instant.parse("2026-11-19T00:10:00Z"),
                StoreFixture.TEN_SECONDS);
    List<MeterReading> readings = series.readings;
    writeAsSchema2(file, readings.subList(0, 30));

    try (Store store = Stores.open("sqlite:" + file, STOCKHOLM, StoreFixture.KEEP_ALL)) {
      store.append(readings.subList(30, 60));

      assertThat(store.rawReadings("main", StoreFixture.EVER_FROM, StoreFixture.EVER_TO))
          .containsExactlyElementsOf(
              readings.stream().map(MeterReading::toJson).collect(Collectors.toList()));
    }
  }

  /** The meter and its raw rows as hanport wrote them before schema 4. */
  private static void writeAsSchema2(Path file, List<MeterReading> readings) throws Exception {
    byte[] dictionary = TelegramCodec.encode(readings.get(0));
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (PreparedStatement meter =
          connection.prepareStatement(
              "INSERT INTO meter (id, name, first_ts, last_ts, raw_from, telegram_dictionary)"
                  + " VALUES (1, 'main', ?, ?, ?, ?)")) {
        meter.setLong(1, millis(readings.get(0)));
        meter.setLong(2, millis(readings.get(readings.size() - 1)));
        meter.setLong(3, millis(readings.get(0)));
        meter.setBytes(4, dictionary);
        meter.executeUpdate();
      }
      try (PreparedStatement raw =
          connection.prepareStatement(
              "INSERT INTO raw_reading (meter, ts, received_ts, telegram) VALUES (1, ?, ?, ?)")) {
        for (MeterReading reading : readings) {
          raw.setLong(1, millis(reading));
          raw.setLong(2, millis(reading));
          raw.setBytes(3, deflate(TelegramCodec.encode(reading), dictionary));
          raw.executeUpdate();
        }
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO setting VALUES ('zone', '" + STOCKHOLM.getId() + "')");
      }
    }
  }

  private static long millis(MeterReading reading) {
    return reading.received().toEpochMilli();
  }

  private static byte[] deflate(byte[] telegram, byte[] dictionary) {
    Deflater deflater = new Deflater(6, true);
    try {
      deflater.setDictionary(dictionary);
      deflater.setInput(telegram);
      deflater.finish();
      byte[] buffer = new byte[4096];
      int length = deflater.deflate(buffer);
      assertThat(deflater.finished()).isTrue();
      return Arrays.copyOf(buffer, length);
    } finally {
      deflater.end();
    }
  }
}
