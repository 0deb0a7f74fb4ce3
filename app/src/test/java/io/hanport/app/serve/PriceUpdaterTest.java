package io.hanport.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.tariff.MemoryPriceStore;
import io.hanport.app.tariff.PriceSource;
import io.hanport.app.tariff.RulesReader;
import io.hanport.app.tariff.SpotPrice;
import io.hanport.app.tariff.TariffRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fetching today's and tomorrow's prices: a failure is kept as the problem status shows until a
 * fetch works, a day already stored is not fetched again, and an unpublished day stays missing.
 */
class PriceUpdaterTest {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final Clock NOON = Clock.fixed(
      TODAY.atTime(12, 0).atZone(STOCKHOLM).toInstant(), STOCKHOLM);

  /** Answers with a day of hourly prices at 1 SEK, fails while told to, never has tomorrow. */
  private static final class Source implements PriceSource {
    boolean failing = true;
    final List<LocalDate> asked = new ArrayList<>();

    @Override
    public List<SpotPrice> fetch(String zone, LocalDate day) throws IOException {
      asked.add(day);
      if (failing) {
        throw new IOException("GET https://prices.example answered HTTP 503");
      }
      List<SpotPrice> prices = new ArrayList<>();
      if (day.equals(TODAY)) {
        Instant start = day.atStartOfDay(STOCKHOLM).toInstant();
        for (int hour = 0; hour < 24; hour++) {
          Instant from = start.plus(Duration.ofHours(hour));
          prices.add(new SpotPrice(from, from.plus(Duration.ofHours(1)), BigDecimal.ONE, "SEK"));
        }
      }
      return prices;
    }
  }

  @Test
  void aFailureShowsUntilAFetchWorksAndAStoredDayIsNotFetchedAgain() throws Exception {
    TariffRules rules = RulesReader.read("test.yaml", """
        name: Test grid
        currency: SEK
        time_zone: Europe/Stockholm
        vat: 0.25
        prices_include_vat: false
        """);
    Source source = new Source();
    PriceUpdater updater = new PriceUpdater(new TariffSettings(rules, List.of(),
        Optional.of(source), "SE3", Optional.of("SE3")), new MemoryPriceStore(), NOON);

    updater.fetchMissing();
    updater.fetchMissing();
    Optional<String> failed = updater.problem();
    source.failing = false;
    source.asked.clear();
    updater.fetchMissing();
    List<LocalDate> firstWorking = List.copyOf(source.asked);
    source.asked.clear();
    updater.fetchMissing();

    assertThat(failed).contains(
        "cannot fetch spot prices: GET https://prices.example answered HTTP 503");
    assertThat(updater.problem()).isEmpty();
    assertThat(updater.lastFetch()).contains(NOON.instant());
    assertThat(firstWorking).containsExactly(TODAY, TODAY.plusDays(1));
    assertThat(source.asked).containsExactly(TODAY.plusDays(1));
    Instant noon = NOON.instant();
    assertThat(updater.table(TODAY, TODAY.plusDays(2)).priceFor(noon, noon.plusSeconds(3600)))
        .contains(BigDecimal.ONE);
    Instant tomorrow = noon.plus(Duration.ofDays(1));
    assertThat(updater.table(TODAY, TODAY.plusDays(2))
        .priceFor(tomorrow, tomorrow.plusSeconds(3600))).isEmpty();
  }
}
