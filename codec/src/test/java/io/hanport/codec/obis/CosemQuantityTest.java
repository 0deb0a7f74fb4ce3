package io.hanport.codec.obis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A quantity kept as digits and scale means exactly what the same quantity made from a {@link
 * BigDecimal} means: same value and scale (229.0 stays 229.0), equal, same hash, and the point
 * moved as {@link BigDecimal#movePointRight} moves it.
 */
class CosemQuantityTest {

  @Test
  void digitsAndScaleAreTheDecimalTheMeterSent() {
    CosemValue.Quantity voltage = CosemValue.Quantity.of(2290, 1, "V");

    assertThat(voltage.value()).isEqualTo(new BigDecimal("229.0"));
    assertThat(voltage.value().toPlainString()).isEqualTo("229.0");
    assertThat(voltage).isEqualTo(CosemValue.Quantity.of("229.0", "V"));
    assertThat(voltage).hasSameHashCodeAs(CosemValue.Quantity.of("229.0", "V"));
    assertThat(voltage).isNotEqualTo(CosemValue.Quantity.of("229", "V"));
    assertThat(voltage).isNotEqualTo(CosemValue.Quantity.of(2290, 1, "kV"));
    assertThat(voltage.toString()).isEqualTo("Quantity[value=229.0, unit=V]");
  }

  @Test
  void movingThePointMatchesBigDecimalForEveryScaleAndPower() {
    long[] unscaledValues = {0, 7, -1727, 6678394, Long.MAX_VALUE / 1000};
    for (long unscaled : unscaledValues) {
      for (int scale = 0; scale <= 4; scale++) {
        for (int power = -6; power <= 6; power++) {
          BigDecimal decimal = BigDecimal.valueOf(unscaled, scale);
          BigDecimal expected = decimal.movePointRight(power);

          assertThat(CosemValue.Quantity.of(unscaled, scale, "kW").movePointRight(power))
              .isEqualTo(expected);
          assertThat(new CosemValue.Quantity(decimal, "kW").movePointRight(power))
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void theDecimalIsMadeOnceAndShared() {
    CosemValue.Quantity energy = CosemValue.Quantity.of(6678394, 3, "kWh");

    assertThat(energy.value()).isSameAs(energy.value());
    assertThat(energy.movePointRight(0)).isSameAs(energy.value());
  }
}
