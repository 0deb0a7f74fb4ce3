package io.hanport.app.store;

import static io.hanport.app.store.SwedishMeter.STOCKHOLM;

import io.hanport.app.pipeline.MeterReading;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** What the contract tests see of an engine, and their shared helpers. */
interface StoreFixture {

  Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
  Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Raw readings kept long enough that every test's data is within retention. */
  StoreSettings KEEP_ALL = new StoreSettings(Duration.ofDays(3650), CLOCK);

  Duration TEN_SECONDS = Duration.ofSeconds(10);
  Instant EVER_FROM = Instant.EPOCH;
  Instant EVER_TO = Instant.parse("2100-01-01T00:00:00Z");
  String HEADER = "ELL5\\253833635_A";

  Store store();

  String database();

  /** Closes the store and opens the same database again. */
  Store reopen(StoreSettings settings);

  static void appendInBatches(Store store, List<MeterReading> readings, int batchSize) {
    for (int from = 0; from < readings.size(); from += batchSize) {
      store.append(readings.subList(from, Math.min(readings.size(), from + batchSize)));
    }
  }

  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(STOCKHOLM).toInstant();
  }

  static Instant midnight(LocalDate date) {
    return date.atStartOfDay(STOCKHOLM).toInstant();
  }

  static BigDecimal kwh(long wattHours) {
    return BigDecimal.valueOf(wattHours, 3);
  }

  static BigDecimal sum(List<EnergyInterval> rows) {
    return rows.stream().map(EnergyInterval::importKwh).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
