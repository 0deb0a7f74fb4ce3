package io.hanport.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spot prices kept with the history, per bidding zone (issue 8), on both engines. */
interface PriceContract extends StoreFixture {

  Instant QUARTER = StoreFixture.local("2026-01-10T00:00:00");

  private static StoredPrice price(int quarter, String perKwh) {
    Instant start = QUARTER.plusSeconds(900L * quarter);
    return new StoredPrice(start, start.plusSeconds(900), new BigDecimal(perKwh), "SEK");
  }

  @Test
  default void pricesComeBackInTimeOrderWithEveryDecimalKept() {
    store().savePrices("SE3", List.of(price(1, "0.12345678"), price(0, "-0.0042")));

    assertThat(store().prices("SE3", EVER_FROM, EVER_TO))
        .containsExactly(price(0, "-0.0042"), price(1, "0.12345678"));
  }

  @Test
  default void aPriceSavedAgainForTheSameStartReplacesTheFirst() {
    store().savePrices("SE3", List.of(price(0, "1.00"), price(1, "2.00")));
    store().savePrices("SE3", List.of(price(1, "2.50")));

    assertThat(store().prices("SE3", EVER_FROM, EVER_TO))
        .containsExactly(price(0, "1.00"), price(1, "2.50"));
  }

  @Test
  default void zonesAreKeptApartAndTheRangeIsOnTheStart() {
    store().savePrices("SE3", List.of(price(0, "1.00"), price(1, "2.00"), price(2, "3.00")));
    store().savePrices("SE4", List.of(price(1, "9.00")));

    assertThat(store().prices("SE3", price(1, "0").start(), price(2, "0").start()))
        .containsExactly(price(1, "2.00"));
    assertThat(store().prices("SE4", EVER_FROM, EVER_TO)).containsExactly(price(1, "9.00"));
    assertThat(store().prices("NO1", EVER_FROM, EVER_TO)).isEmpty();
  }

  @Test
  default void pricesSurviveReopening() {
    store().savePrices("SE3", List.of(price(0, "0.75")));

    assertThat(reopen(KEEP_ALL).prices("SE3", EVER_FROM, EVER_TO)).containsExactly(price(0, "0.75"));
  }
}
