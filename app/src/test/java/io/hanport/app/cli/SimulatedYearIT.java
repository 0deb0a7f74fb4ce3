package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.sim.Profile;
import io.hanport.app.sim.Simulator;
import io.hanport.app.store.EnergyInterval;
import io.hanport.app.store.Resolution;
import io.hanport.app.store.Store;
import io.hanport.app.store.Stores;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: a simulated year imported with {@code hanport import} keeps energy per hour, day and
 * month equal to the meter's register differences exactly, and the Europe/Stockholm DST days have
 * 23 and 25 hours. The expectation comes from a second, independent run of the same simulated
 * meter (same profile, seed and start), reading its import register at every hour boundary.
 */
class SimulatedYearIT {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final LocalDate FIRST_DAY = LocalDate.parse("2025-01-01");
  private static final LocalDate LAST_DAY = LocalDate.parse("2025-12-31");
  private static final int SEED = 3;

  @TempDir Path dir;

  @Test
  void aSimulatedYearsEnergyPerHourDayAndMonthEqualsTheRegisterDifferences() {
    String database = "sqlite:" + dir.resolve("year.db");
    CliRunner.Result imported =
        CliRunner.run(
            "import",
            "--input",
            "sim:se-p1?from=" + FIRST_DAY + "&to=" + LAST_DAY + "&seed=" + SEED,
            "--db",
            database);
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    Instant start = FIRST_DAY.atStartOfDay(STOCKHOLM).toInstant();
    Instant end = LAST_DAY.plusDays(1).atStartOfDay(STOCKHOLM).toInstant();
    RegisterAtHours registers = RegisterAtHours.simulate(start, end);
    try (Store store = Stores.open(database, STOCKHOLM)) {
      String meter = store.meters().get(0).name();
      for (Resolution resolution : List.of(Resolution.HOUR, Resolution.DAY, Resolution.MONTH)) {
        List<EnergyInterval> rows = store.history(meter, start, end, resolution);
        for (EnergyInterval row : rows) {
          assertThat(row.importKwh())
              .as("%s from %s", resolution, row.start())
              .isEqualByComparingTo(registers.between(row.start(), row.end()));
        }
        assertThat(rows.stream().map(EnergyInterval::importKwh).reduce(BigDecimal::add))
            .as("%s rows add up to the year", resolution)
            .hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo(registers.between(start, end)));
      }
      assertThat(store.history(meter, start, end, Resolution.DAY)).hasSize(365);
      assertThat(store.history(meter, start, end, Resolution.MONTH)).hasSize(12);
      assertThat(hoursOf(store, meter, "2025-03-30")).isEqualTo(23);
      assertThat(hoursOf(store, meter, "2025-10-26")).isEqualTo(25);
    }
  }

  private static int hoursOf(Store store, String meter, String day) {
    LocalDate date = LocalDate.parse(day);
    return store
        .history(
            meter,
            date.atStartOfDay(STOCKHOLM).toInstant(),
            date.plusDays(1).atStartOfDay(STOCKHOLM).toInstant(),
            Resolution.HOUR)
        .size();
  }

  /**
   * The import register of the latest reading at or before each hour boundary: the store gives a
   * register difference to the interval holding the later reading, so an interval's energy is the
   * register at its end minus the register at its start.
   */
  private static final class RegisterAtHours implements MeterDecoder.Listener {
    private final Map<Instant, BigDecimal> atBoundary = new TreeMap<>();
    private Instant nextBoundary;
    private Instant frameTime;
    private BigDecimal latest;

    private RegisterAtHours(Instant start) {
      this.nextBoundary = start;
    }

    static RegisterAtHours simulate(Instant start, Instant end) {
      RegisterAtHours registers = new RegisterAtHours(start);
      MeterDecoder decoding = new MeterDecoder(DecoderOptions.defaults(), registers);
      Simulator.create(Profile.SE_P1, SEED, start)
          .generate(
              end,
              frame -> {
                registers.frameTime = frame.time();
                decoding.feed(frame.bytes());
              });
      registers.passBoundariesBefore(end.plusNanos(1));
      return registers;
    }

    BigDecimal between(Instant from, Instant to) {
      return atBoundary.get(to).subtract(atBoundary.get(from));
    }

    @Override
    public void decoded(Reading reading, Frame frame) {
      passBoundariesBefore(frameTime);
      latest = reading.decimal(Field.ENERGY_IMPORT_KWH).orElseThrow();
      if (atBoundary.isEmpty()) {
        atBoundary.put(nextBoundary, latest);
      }
    }

    @Override
    public void rejected(Rejection rejection) {
      throw new AssertionError("the simulator wrote a frame the codec rejects: " + rejection);
    }

    private void passBoundariesBefore(Instant time) {
      while (latest != null && nextBoundary.isBefore(time)) {
        atBoundary.put(nextBoundary, latest);
        nextBoundary = nextBoundary.plus(Duration.ofHours(1));
      }
    }
  }
}
