package io.hanport.app.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Energy registers are the integral of power: the energy of each hour, taken as the difference of
 * the registers a meter sends, equals the power it sends integrated over that hour within 0.5 %
 * (plus one step of the register's resolution: 1 Wh, or 10 Wh in Norwegian lists).
 */
class EnergyConsistencyTest {

  private static final Instant MIDSUMMER = Instant.parse("2024-06-20T22:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private final HourlyEnergyCheck check = new HourlyEnergyCheck();

  @Test
  void swedishTelegramsHourlyEnergyMatchesTheirPowerOverADay() {
    Simulator simulator = Simulator.create(Profile.SE_P1, 7, MIDSUMMER);
    simulator.generate(MIDSUMMER.plus(DAY).plusSeconds(1), frame -> {
      Map<String, String> values = P1TestParser.parse(frame.bytes());
      long millis = frame.time().toEpochMilli();
      check.power(millis, 10_000, P1TestParser.milli(values, "1-0:1.7.0"),
          P1TestParser.milli(values, "1-0:2.7.0"));
      if (millis % 3_600_000 == 0) {
        check.registers(millis, P1TestParser.milli(values, "1-0:1.8.0"),
            P1TestParser.milli(values, "1-0:2.8.0"));
      }
    });

    check.assertHours(24, 1, true);
  }

  @Test
  void dutchTelegramsHourlyEnergyMatchesTheirPowerOverADay() {
    Simulator simulator = Simulator.create(Profile.NL_DSMR5, 3, MIDSUMMER);
    simulator.generate(MIDSUMMER.plus(DAY).plusSeconds(1), frame -> {
      Map<String, String> values = P1TestParser.parse(frame.bytes());
      long millis = frame.time().toEpochMilli();
      check.power(millis, 1_000, P1TestParser.milli(values, "1-0:1.7.0"),
          P1TestParser.milli(values, "1-0:2.7.0"));
      if (millis % 3_600_000 == 0) {
        check.registers(millis,
            P1TestParser.milli(values, "1-0:1.8.1") + P1TestParser.milli(values, "1-0:1.8.2"),
            P1TestParser.milli(values, "1-0:2.8.1") + P1TestParser.milli(values, "1-0:2.8.2"));
      }
    });

    check.assertHours(24, 1, true);
  }

  /** List 1 (P+, every 2.5 s) and lists 2/3 (P+ and P-, every 10 s); list 3 at xx:00:10. */
  @Test
  void aidonListsHourlyEnergyMatchesTheirPowerOverADay() {
    Simulator simulator = Simulator.create(Profile.NO_AIDON, 5, MIDSUMMER);
    simulator.generate(MIDSUMMER.plus(DAY).plusSeconds(11), frame -> {
      List<Object> values = HdlcTestParser.parse(frame.bytes()).values();
      long millis = frame.time().toEpochMilli();
      if (frame.push() == Push.POWER) {
        check.power(millis, 2_500, (Long) values.get(1), 0);
        return;
      }
      check.power(millis, 2_500, (Long) values.get(7), 0);
      check.power(millis, 10_000, 0, (Long) values.get(11));
      if (frame.push() == Push.HOURLY) {
        check.registers(millis - 10_000, 10 * (Long) values.get(49), 10 * (Long) values.get(53));
      }
    });

    check.assertHours(24, 10, true);
  }

  /** List 1 (P+, every 2 s) and lists 2/3 (P+ and P-, every 10 s); list 3 at xx:00:10. */
  @Test
  void kaifaListsHourlyEnergyMatchesTheirPowerOverADay() {
    Simulator simulator = Simulator.create(Profile.NO_KAIFA, 5, MIDSUMMER);
    simulator.generate(MIDSUMMER.plus(DAY).plusSeconds(11), frame -> {
      List<Object> values = HdlcTestParser.parse(frame.bytes()).values();
      long millis = frame.time().toEpochMilli();
      if (frame.push() == Push.POWER) {
        check.power(millis, 2_000, (Long) values.get(0), 0);
        return;
      }
      check.power(millis, 2_000, (Long) values.get(3), 0);
      check.power(millis, 10_000, 0, (Long) values.get(4));
      if (frame.push() == Push.HOURLY) {
        check.registers(millis - 10_000, (Long) values.get(14), (Long) values.get(15));
      }
    });

    check.assertHours(24, 1, true);
  }

  /** The 10-s list carries P+ and P-; the hourly list at xx:00:05 the registers. */
  @Test
  void kamstrupListsHourlyEnergyMatchesTheirPowerOverADay() {
    Simulator simulator = Simulator.create(Profile.NO_KAMSTRUP, 5, MIDSUMMER);
    simulator.generate(MIDSUMMER.plus(DAY).plusSeconds(6), frame -> {
      List<Object> values = HdlcTestParser.parse(frame.bytes()).values();
      long millis = frame.time().toEpochMilli();
      if (frame.push() == Push.HOURLY) {
        check.registers(millis - 5_000, 10 * (Long) values.get(28), 10 * (Long) values.get(30));
      } else {
        check.power(millis, 10_000, (Long) values.get(6), (Long) values.get(8));
      }
    });

    check.assertHours(24, 10, true);
  }

  /** The same check for every hour of a leap year, on what the encoders are given. */
  @Test
  void hourlyEnergyMatchesThePowerIntegralThroughAWholeYear() {
    Instant start = Instant.parse("2023-12-31T23:00:00Z");
    Simulator simulator = Simulator.create(Profile.SE_P1, 11, start);
    long end = start.getEpochSecond() + 366 * 86_400L;
    for (long second = start.getEpochSecond(); second <= end; second += 10) {
      MeterReadout readout = simulator.readout(Instant.ofEpochSecond(second));
      check.power(second * 1000, 10_000, readout.totals().activeImportW(),
          readout.totals().activeExportW());
      if (second % 3600 == 0) {
        check.registers(second * 1000, Registers.wh(readout.registers().importWs()),
            Registers.wh(readout.registers().exportWs()));
      }
    }

    check.assertHours(366 * 24, 1, true);
  }
}
