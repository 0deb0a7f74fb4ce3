package io.hanport.app.tariff;

import static io.hanport.app.tariff.TariffFixtures.STOCKHOLM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Interval energy from CSV: meters, optional columns, and a message for every bad line. */
class TariffEnergyCsvTest {

  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-01-02T00:00:00Z");

  private static final String TWO_METERS =
      """
      meter;start;end;import_kwh;export_kwh
      house;2026-01-01T00:00Z;2026-01-01T01:00Z;1,5;0
      garage;2026-01-01T00:00Z;2026-01-01T01:00Z;0,25;0
      house;2026-01-01T01:00Z;2026-01-01T02:00Z;2,0;0,1
      """;

  @Test
  void eachMeterIsItsOwnSeries() throws Exception {
    EnergyCsv file = EnergyCsv.parse("energy.csv", TWO_METERS, STOCKHOLM);
    EnergySeries house = file.energy("house", FROM, TO);
    assertThat(house.intervals()).hasSize(2);
    assertThat(house.intervals().get(1).importKwh()).isEqualByComparingTo("2.0");
    assertThat(house.intervals().get(1).exportKwh()).isEqualByComparingTo("0.1");
    assertThat(file.energy("garage", FROM, TO).intervals()).hasSize(1);
  }

  @Test
  void aFileWithSeveralMetersNeedsAChoice() throws Exception {
    EnergyCsv file = EnergyCsv.parse("energy.csv", TWO_METERS, STOCKHOLM);
    assertThatThrownBy(() -> file.energy("", FROM, TO))
        .hasMessage("energy.csv holds meters house, garage: choose one with --meter");
    assertThatThrownBy(() -> file.energy("barn", FROM, TO))
        .hasMessage("energy.csv has no meter 'barn'; it holds house, garage");
  }

  @Test
  void withoutAnEndColumnEachIntervalLastsTheFilesResolutionAndGapsStay() throws Exception {
    String text =
        "start,import_kwh\n2026-01-01T00:00Z,0.25\n2026-01-01T00:15Z,0.25\n2026-01-01T01:00Z,0.5\n";
    EnergySeries series = EnergyCsv.parse("q.csv", text, STOCKHOLM).energy("", FROM, TO);
    assertThat(series.intervals().get(2).end()).isEqualTo(Instant.parse("2026-01-01T01:15:00Z"));
    assertThat(series.gaps(FROM, Instant.parse("2026-01-01T01:15:00Z")))
        .containsExactly(
            new TimeSpan(
                Instant.parse("2026-01-01T00:30:00Z"), Instant.parse("2026-01-01T01:00:00Z")));
    assertThatThrownBy(() -> EnergyCsv.parse("q.csv", text, STOCKHOLM).energy("house", FROM, TO))
        .hasMessage("q.csv has no 'meter' column: leave out --meter");
  }

  static Stream<Arguments> badEnergyFiles() {
    String header = "start,end,import_kwh\n";
    return Stream.of(
        Arguments.of(
            "2026-01-01T00:00Z,0.5",
            "e.csv: the first line must name the columns, e.g. start,end,import_kwh,export_kwh"),
        Arguments.of(
            "start,kwh\n2026-01-01T00:00Z,0.5",
            "e.csv: no 'import_kwh' column in the header; expected"
                + " start,end,import_kwh,export_kwh"),
        Arguments.of(
            header + "2026-01-01T00:00Z,2026-01-01T01:00Z,-1",
            "e.csv:2: energy '-1' is not a number of kWh ≥ 0 (e.g. 0.412 or 0,412)"),
        Arguments.of(
            header + "2026-01-01T00:00Z,2026-01-01T02:00Z,1\n2026-01-01T01:00Z,2026-01-01T03:00Z,1",
            "e.csv:3: starts before the previous line ends: lines must be in time order, no"
                + " overlaps"));
  }

  @ParameterizedTest
  @MethodSource("badEnergyFiles")
  void aBadEnergyFileSaysWhereAndWhat(String text, String message) {
    assertThatThrownBy(() -> EnergyCsv.parse("e.csv", text, STOCKHOLM))
        .isInstanceOf(TariffException.class)
        .hasMessage(message);
  }
}
