package io.hanport.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hanport.app.sim.Profile;
import io.hanport.app.sim.Simulator;
import io.hanport.app.sim.SimulatorOptions;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.SourceOptions;
import io.hanport.app.tariff.PriceFiles;
import io.hanport.app.tariff.RulesReader;
import io.hanport.app.tariff.TariffRules;
import io.hanport.app.web.DashboardSettings;
import io.hanport.codec.DecoderOptions;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with a fast simulated meter, a rule file and a price file: the cost of a day the
 * meter has finished is, to the öre, the stored energy of each quarter times its spot price plus
 * fee and tax, plus the day's share of the fixed fee, with VAT; a quarter without a price is
 * missing, not free.
 */
class TariffServeTest {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
  /** 22:00 on DAY, two simulated hours before the day ends. */
  private static final ZonedDateTime SIM_START = DAY.atTime(22, 0).atZone(STOCKHOLM);
  /** Ten simulated minutes per real second: DAY is over after 12 s. */
  private static final double SPEED = 600;

  private static final BigDecimal FEE = new BigDecimal("0.10");
  private static final BigDecimal TAX = new BigDecimal("0.40");
  /** 310 kr a month is 10 kr a day in March. */
  private static final BigDecimal FIXED_PER_DAY = new BigDecimal("10");
  private static final BigDecimal WITH_VAT = new BigDecimal("1.25");

  private static final String RULES = """
      name: Test grid
      currency: SEK
      time_zone: Europe/Stockholm
      vat: 0.25
      prices_include_vat: false
      fixed: [{name: Fixed, per_month: 310}]
      energy_fees: [{name: Transfer, per_kwh: 0.10}]
      taxes: [{name: Energy tax, per_kwh: 0.40}]
      peak:
        measure_minutes: 60
        top_n: 3
        distinct_days: true
        price_per_kw: 50
      """;

  @TempDir Path directory;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aFinishedDayCostsItsStoredEnergyTimesItsPricesPlusFees() throws Exception {
    TariffRules rules = RulesReader.read("test.yaml", RULES);
    Map<String, BigDecimal> prices = new HashMap<>();
    String csv = priceCsv(prices);
    TariffSettings tariff = new TariffSettings(rules,
        PriceFiles.parse("se3.csv", csv, STOCKHOLM, "SEK"), Optional.empty(), "SE3",
        Optional.of("se3.csv"));
    try (HanportService service = HanportService.start(settings(tariff), "test")) {
      String base = "http://127.0.0.1:" + service.httpPort();
      LocalDate next = DAY.plusDays(1);
      await(base + "/api/v1/history?meter=home&from=" + next + "&to=" + next.plusDays(1)
          + "&resolution=15m", body -> !body.get("points").get(1).get("import_kwh").isNull());

      JsonNode history = get(base + "/api/v1/history?meter=home&from=" + DAY + "&to=" + next
          + "&resolution=15m");
      BigDecimal expected = FIXED_PER_DAY;
      int quarters = 0;
      for (JsonNode point : history.get("points")) {
        if (!point.get("import_kwh").isNull()) {
          BigDecimal energy = point.get("import_kwh").decimalValue();
          BigDecimal price = prices.get(point.get("start").asText().substring(0, 16));
          expected = expected.add(energy.multiply(price.add(FEE).add(TAX)));
          quarters++;
        }
      }
      expected = expected.multiply(WITH_VAT);
      JsonNode day = get(base + "/api/v1/cost?meter=home&from=" + DAY + "&to=" + next
          + "&resolution=1d");

      assertThat(quarters).isGreaterThanOrEqualTo(8);
      JsonNode today = day.get("points").get(0);
      assertThat(today.get("total").decimalValue()).isCloseTo(expected, within("0.01"));
      assertThat(today.get("fixed_fees").decimalValue()).isEqualByComparingTo("10");
      assertThat(today.get("peak_charge").decimalValue()).isEqualByComparingTo("0");
      assertThat(day.get("peak").get("charge_so_far").decimalValue()).isPositive();
      assertThat(day.get("missing_prices")).isEmpty();

      JsonNode nextDay = get(base + "/api/v1/cost?meter=home&from=" + next + "&to="
          + next.plusDays(1) + "&resolution=15m");
      JsonNode unpriced = nextDay.get("points").get(0);
      assertThat(unpriced.get("start").asText()).isEqualTo("2026-03-11T00:00+01:00");
      assertThat(unpriced.get("import_kwh").decimalValue()).isPositive();
      assertThat(unpriced.get("spot_cost").isNull()).isTrue();
      assertThat(unpriced.get("total").isNull()).isTrue();
      assertThat(unpriced.get("missing_prices").asBoolean()).isTrue();

      JsonNode headroom = get(base + "/api/v1/headroom?meter=home");
      assertThat(headroom.get("counted").asBoolean()).isTrue();
      assertThat(headroom.get("threshold_kw").decimalValue()).isNotNegative();
    }
  }

  /** Quarter-hour prices for DAY and the next day, except the next day's first hour. */
  private static String priceCsv(Map<String, BigDecimal> byLocalStart) {
    StringBuilder csv = new StringBuilder("start,price_per_kwh,currency\n");
    ZonedDateTime start = DAY.atStartOfDay(STOCKHOLM);
    for (int quarter = 0; quarter < 2 * 96; quarter++) {
      ZonedDateTime at = start.plusMinutes(15L * quarter);
      if (quarter >= 96 && quarter < 100) {
        continue;
      }
      BigDecimal price = new BigDecimal("0.50").add(new BigDecimal("0.01").multiply(
          BigDecimal.valueOf(quarter % 24)));
      byLocalStart.put(LocalDateTime.from(at).toString().substring(0, 16), price);
      csv.append(at.toOffsetDateTime()).append(',').append(price).append(",SEK\n");
    }
    return csv.toString();
  }

  private ServeSettings settings(TariffSettings tariff) {
    DecoderOptions decoder = DecoderOptions.defaults();
    SourceOptions sources = SourceOptions.defaults(decoder, profile -> Simulator.open(
        Profile.byId(profile).orElseThrow(),
        new SimulatorOptions(1, Optional.of(SIM_START.toInstant()), SPEED)));
    return new ServeSettings(List.of(InputUri.parse("home=sim:se-p1")), decoder, sources,
        "sqlite:" + directory.resolve("hanport.db"), 0, "127.0.0.1",
        new DashboardSettings(Optional.empty(), 20, STOCKHOLM), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(tariff));
  }

  private static org.assertj.core.data.Offset<BigDecimal> within(String amount) {
    return org.assertj.core.data.Offset.offset(new BigDecimal(amount));
  }

  /** Asks until the answer is ready; before the first reading the meter is still unknown. */
  private void await(String url, Predicate<JsonNode> ready) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    HttpResponse<String> response = send(url);
    while (!(response.statusCode() == 200 && ready.test(json.readTree(response.body())))
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
      response = send(url);
    }
    assertThat(ready.test(get(url))).as("within " + WAIT + ": " + url).isTrue();
  }

  private JsonNode get(String url) throws Exception {
    HttpResponse<String> response = send(url);
    assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private HttpResponse<String> send(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
