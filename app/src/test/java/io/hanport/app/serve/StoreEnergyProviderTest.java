package io.hanport.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.store.EnergyInterval;
import io.hanport.app.store.EnergyInterval.Measurements;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** How a rollup row becomes the tariff engine's interval. */
class StoreEnergyProviderTest {

  private static final Instant START = Instant.parse("2026-01-14T16:00:00Z");
  private static final OptionalDouble NONE = OptionalDouble.empty();
  private static final Measurements NO_MEASUREMENTS =
      new Measurements(NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE);

  private static EnergyInterval quarter(boolean complete, int segmentBreaks) {
    return new EnergyInterval(
        START,
        START.plusSeconds(900),
        new BigDecimal("1.250"),
        new BigDecimal("0.010"),
        90,
        complete,
        segmentBreaks,
        NO_MEASUREMENTS);
  }

  @Test
  void aCompleteQuarterKeepsItsEnergyAndCanMeasureDemand() {
    var interval = StoreEnergyProvider.asTariffInterval(quarter(true, 0));

    assertThat(interval.start()).isEqualTo(START);
    assertThat(interval.end()).isEqualTo(START.plusSeconds(900));
    assertThat(interval.importKwh()).isEqualByComparingTo("1.250");
    assertThat(interval.exportKwh()).isEqualByComparingTo("0.010");
    assertThat(interval.complete()).isTrue();
  }

  /** The store counts energy across a swap or reset as zero: billed, never a peak. */
  @Test
  void aQuarterWithAMeterSwapCannotMeasureDemand() {
    assertThat(StoreEnergyProvider.asTariffInterval(quarter(true, 1)).complete()).isFalse();
  }

  @Test
  void aQuarterAfterAGapCannotMeasureDemand() {
    assertThat(StoreEnergyProvider.asTariffInterval(quarter(false, 0)).complete()).isFalse();
  }
}
