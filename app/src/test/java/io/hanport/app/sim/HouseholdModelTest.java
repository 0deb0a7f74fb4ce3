package io.hanport.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The household behind the frames behaves like one: phases, seasons, voltages, the car. */
class HouseholdModelTest {

  private static final String[][] PHASE_POWER = {
    {"1-0:21.7.0", "1-0:22.7.0"}, {"1-0:41.7.0", "1-0:42.7.0"}, {"1-0:61.7.0", "1-0:62.7.0"}
  };

  @Test
  void phasePowersAddUpExactlyToTheTotalInEverySwedishTelegramOfADay() {
    Instant start = Instant.parse("2024-06-20T22:00:00Z");
    int[] mixedDirections = {0};
    Simulator.create(Profile.SE_P1, 2, start).generate(start.plus(Duration.ofDays(1)), frame -> {
      Map<String, String> values = P1TestParser.parse(frame.bytes());
      long imported = 0;
      long exported = 0;
      for (String[] codes : PHASE_POWER) {
        imported += P1TestParser.milli(values, codes[0]);
        exported += P1TestParser.milli(values, codes[1]);
      }
      long phaseNet = imported - exported;
      long totalNet =
          P1TestParser.milli(values, "1-0:1.7.0") - P1TestParser.milli(values, "1-0:2.7.0");
      assertThat(phaseNet).as("telegram at %s", frame.time()).isEqualTo(totalNet);
      if (imported > 0 && exported > 0) {
        mixedDirections[0]++;
      } else {
        assertThat(imported).isEqualTo(P1TestParser.milli(values, "1-0:1.7.0"));
        assertThat(exported).isEqualTo(P1TestParser.milli(values, "1-0:2.7.0"));
      }
    });
    assertThat(mixedDirections[0]).as("telegrams with one phase exporting while another imports")
        .isPositive();
  }

  @Test
  void importAndExportRegistersNeverGrowInTheSameSecond() {
    Instant start = Instant.parse("2024-06-21T03:00:00Z");
    Simulator simulator = Simulator.create(Profile.NL_DSMR5, 4, start);
    Registers previous = simulator.readout(start).registers();
    int imports = 0;
    int exports = 0;
    for (long second = 1; second <= 8 * 3600; second++) {
      Registers now = simulator.readout(start.plusSeconds(second)).registers();
      boolean imported = now.importWs() > previous.importWs();
      boolean exported = now.exportWs() > previous.exportWs();
      assertThat(imported && exported).as("second %d", second).isFalse();
      imports += imported ? 1 : 0;
      exports += exported ? 1 : 0;
      previous = now;
    }
    assertThat(imports).isPositive();
    assertThat(exports).isPositive();
  }

  @Test
  void summerMiddayExportsForEveryHousehold() {
    for (long seed = 1; seed <= 8; seed++) {
      Instant noon = Instant.parse("2024-06-21T09:00:00Z");
      Simulator simulator = Simulator.create(Profile.SE_P1, seed, noon);
      long before = simulator.readout(noon).registers().exportWs();
      long after = simulator.readout(noon.plus(Duration.ofHours(4))).registers().exportWs();
      assertThat(Registers.wh(after - before)).as("seed %d", seed).isGreaterThan(2_000);
    }
  }

  @Test
  void winterNightNeverExports() {
    for (long seed = 1; seed <= 8; seed++) {
      Instant night = Instant.parse("2024-01-15T21:00:00Z");
      Simulator simulator = Simulator.create(Profile.SE_P1, seed, night);
      long before = simulator.readout(night).registers().exportWs();
      List<SimulatedFrame> frames = new ArrayList<>();
      simulator.generate(night.plus(Duration.ofHours(9)), frames::add);
      for (SimulatedFrame frame : frames) {
        assertThat(P1TestParser.parse(frame.bytes()).get("1-0:2.7.0")).isEqualTo("0000.000*kW");
      }
      long after = simulator.readout(night.plus(Duration.ofHours(9))).registers().exportWs();
      assertThat(after).as("seed %d", seed).isEqualTo(before);
    }
  }

  @Test
  void voltagesStayNear230AndCurrentsAreApparentPowerOverVoltage() {
    Instant start = Instant.parse("2024-01-08T00:00:00Z");
    Simulator simulator = Simulator.create(Profile.SE_P1, 3, start);
    int evCharging = 0;
    for (long second = 10; second <= 7 * 86_400; second += 10) {
      MeterReadout readout = simulator.readout(start.plusSeconds(second));
      for (PhaseReading phase : readout.phases()) {
        assertThat(phase.decivolts()).isBetween(2150, 2450);
        double activeW = phase.activeImportW() - phase.activeExportW();
        double reactiveVar = phase.reactiveImportVar() - phase.reactiveExportVar();
        double expectedMa = Math.hypot(activeW, reactiveVar) / (phase.decivolts() / 10.0) * 1000;
        assertThat((double) phase.milliamps()).isCloseTo(expectedMa,
            org.assertj.core.data.Offset.offset(0.5));
      }
      evCharging += readout.totals().activeImportW() > EvCharger.CHARGE_W ? 1 : 0;
    }
    assertThat(evCharging).as("10-s samples with the car charging in a week").isGreaterThan(360);
  }

  @Test
  void aHeavyLoadPullsItsPhaseVoltageDown() {
    GridVoltage grid = new GridVoltage(1, Site.STOCKHOLM);
    long second = Instant.parse("2024-03-01T12:00:00Z").getEpochSecond();
    assertThat(grid.decivolts(second, 0, 3680)).isLessThan(grid.decivolts(second, 0, 0) - 25);
    assertThat(grid.decivolts(second, 0, -3000)).isGreaterThan(grid.decivolts(second, 0, 0));
  }
}
