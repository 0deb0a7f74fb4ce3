package io.hanport.app.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what a meter sent (power samples and hour-start registers) and checks, hour by hour,
 * that the registers grew by the integral of the power: within 0.5 %, plus one register step
 * (two readings each rounded down).
 */
final class HourlyEnergyCheck {

  private static final long MILLIS_PER_HOUR = 3_600_000;

  /** Hour start (epoch ms) to the integral of import and export power over the hour, in Wh. */
  private final Map<Long, double[]> integralWh = new TreeMap<>();
  /** Hour start (epoch ms) to import and export registers at that instant, in Wh. */
  private final Map<Long, long[]> registersWh = new TreeMap<>();

  /**
   * A power sample sent at {@code epochMilli}; it stands for the {@code heldMillis} before it
   * (the meter measured its last second, and appliances switch only on 10-s boundaries).
   */
  void power(long epochMilli, long heldMillis, long importW, long exportW) {
    long hour = Math.floorDiv(epochMilli - 1, MILLIS_PER_HOUR) * MILLIS_PER_HOUR;
    double[] sums = integralWh.computeIfAbsent(hour, key -> new double[2]);
    sums[0] += importW * heldMillis / 3_600_000.0;
    sums[1] += exportW * heldMillis / 3_600_000.0;
  }

  void registers(long hourStartMilli, long importWh, long exportWh) {
    registersWh.put(hourStartMilli, new long[] {importWh, exportWh});
  }

  /** Asserts every complete hour, for import (0) or for both directions. */
  void assertHours(int expectedHours, int resolutionWh, boolean withExport) {
    List<Long> starts = new ArrayList<>(registersWh.keySet());
    assertThat(starts).hasSize(expectedHours + 1);
    for (int hour = 0; hour < expectedHours; hour++) {
      for (int direction = 0; direction < (withExport ? 2 : 1); direction++) {
        double integral = integralWh.get(starts.get(hour))[direction];
        long difference = registersWh.get(starts.get(hour + 1))[direction]
            - registersWh.get(starts.get(hour))[direction];
        assertThat((double) difference)
            .as("hour from %s, %s", Instant.ofEpochMilli(starts.get(hour)),
                direction == 0 ? "import" : "export")
            .isCloseTo(integral, offset(0.005 * integral + resolutionWh));
      }
    }
  }
}
