package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hanport.app.tariff.DemandWindow;
import io.hanport.app.tariff.EnergyInterval;
import io.hanport.app.tariff.EnergySeries;
import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.MonthPeaks;
import io.hanport.app.tariff.PriceTable;
import io.hanport.app.tariff.RulesReader;
import io.hanport.app.tariff.SpotPrice;
import io.hanport.app.tariff.TariffEngine;
import io.hanport.app.tariff.TariffRules;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/cost} and {@code /api/v1/headroom}: 10 March 2026 at 0.5 kWh a quarter, spot
 * price 1.00 SEK/kWh except 10:00–10:15 (missing), fee 0.10 and tax 0.40, 310 SEK a month fixed,
 * 25 % VAT. An hour is then 2 kWh: spot 2.00, fee 0.20, tax 0.80, VAT 0.75, total 3.75.
 */
class CostApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  private TestServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void withoutATariffCostAndHeadroomAreNotFoundAndConfigSaysNothing() throws Exception {
    server = new TestServer(new FakeBackend().withMeter("main"), Optional.empty());

    HttpResponse<String> cost = server.http.get("/api/v1/cost?from=2026-03-10&to=2026-03-11");
    HttpResponse<String> headroom = server.http.get("/api/v1/headroom");

    assertThat(cost.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(cost.body()).get("error").asText()).contains("--tariff");
    assertThat(headroom.statusCode()).isEqualTo(404);
    assertThat(server.http.get("/api/v1/config").body()).doesNotContain("tariff");
    assertThat(server.http.get("/api/v1/status").body()).doesNotContain("tariff");
  }

  @Test
  void badParametersAreA400NamingTheParameter() throws Exception {
    server = new TestServer(tariffBackend(), Optional.empty());

    assertBad("/api/v1/cost?to=2026-03-11", "from");
    assertBad("/api/v1/cost?from=2026-03-10", "to");
    assertBad("/api/v1/cost?from=2026-03-10&to=2026-03-09", "to");
    assertBad("/api/v1/cost?from=10.3.2026&to=2026-03-11", "from");
    assertBad("/api/v1/cost?from=2026-03-10&to=2026-03-11&resolution=2h", "resolution");
    assertBad("/api/v1/cost?from=2026-03-10&to=2026-03-11&format=csv", "format");
    assertBad("/api/v1/cost?from=2025-01-01&to=2026-03-11&resolution=1M", "to");
    assertThat(server.http.get("/api/v1/cost?meter=garage&from=2026-03-10&to=2026-03-11")
        .statusCode()).isEqualTo(404);
  }

  @Test
  void anHourCostsItsEnergyTimesPricePlusFeesAndAMissingPriceIsMissingNotZero()
      throws Exception {
    server = new TestServer(tariffBackend(), Optional.empty());

    JsonNode hours = get("/api/v1/cost?from=2026-03-10&to=2026-03-11&resolution=1h");

    JsonNode nine = hours.get("points").get(9);
    assertThat(nine.get("start").asText()).isEqualTo("2026-03-10T09:00+01:00");
    assertThat(nine.toString()).isEqualTo("{\"start\":\"2026-03-10T09:00+01:00\","
        + "\"import_kwh\":2,\"export_kwh\":0,\"spot_cost\":2,\"grid_fees\":0.2,\"taxes\":0.8,"
        + "\"fixed_fees\":0,\"peak_charge\":0,\"vat\":0.75,\"total\":3.75,\"export_income\":0}");
    JsonNode ten = hours.get("points").get(10);
    assertThat(ten.get("spot_cost").isNull()).isTrue();
    assertThat(ten.get("total").isNull()).isTrue();
    assertThat(ten.get("missing_prices").asBoolean()).isTrue();
    assertThat(hours.get("missing_prices").toString())
        .isEqualTo("[{\"from\":\"2026-03-10T09:00:00Z\",\"to\":\"2026-03-10T09:15:00Z\"}]");
    assertThat(hours.get("complete").asBoolean()).isFalse();
    assertThat(hours.get("currency").asText()).isEqualTo("SEK");
  }

  @Test
  void aDayIsItemisedWithItsShareOfTheFixedFee() throws Exception {
    server = new TestServer(tariffBackend(), Optional.empty());

    JsonNode day = get("/api/v1/cost?from=2026-03-10&to=2026-03-11&resolution=1d");

    JsonNode point = day.get("points").get(0);
    assertThat(point.get("import_kwh").decimalValue()).isEqualByComparingTo("48");
    assertThat(point.get("fixed_fees").decimalValue()).isEqualByComparingTo("10");
    assertThat(point.get("total").isNull()).isTrue();
    JsonNode summary = day.get("summary");
    // 47.5 kWh priced at 1.00; 48 kWh at 0.10 + 0.40; 10 fixed: 81.5 net, 20.375 VAT.
    assertThat(summary.get("spot_cost").decimalValue()).isEqualByComparingTo("47.5");
    assertThat(summary.get("fixed_fees").toString())
        .isEqualTo("[{\"name\":\"Fixed\",\"amount\":10}]");
    assertThat(summary.get("total").decimalValue()).isEqualByComparingTo("101.875");
  }

  @Test
  void headroomIsServedAndStreamedAsNamedEvents() throws Exception {
    Instant start = Instant.parse("2026-03-10T11:00:00Z");
    Headroom headroom = new Headroom(start, start.plus(Duration.ofHours(1)), true,
        new BigDecimal("1.2"), new BigDecimal("2.4"), new BigDecimal("3.1"),
        Optional.of(new BigDecimal("5")), Optional.of(new BigDecimal("5")),
        Optional.of(new BigDecimal("4.2")),
        new MonthPeaks(YearMonth.of(2026, 3), 3, List.of(new DemandWindow(start.minusSeconds(86400),
            start.minusSeconds(82800), DAY.minusDays(1), new BigDecimal("5"),
            new BigDecimal("5"), BigDecimal.ONE, new BigDecimal("5")))));
    FakeBackend backend = tariffBackend("""
        peak: {measure_minutes: 60, top_n: 3, distinct_days: true, price_per_kw: 50}
        """).withHeadroom("main", headroom);
    server = new TestServer(backend, Optional.empty());

    JsonNode body = get("/api/v1/headroom");
    try (SseReader stream = new SseReader(server.http, "/api/v1/stream?meter=main")) {
      assertThat(stream.nextLine(Duration.ofSeconds(30))).startsWith("retry:");
      server.feed.headroom("main", headroom);
      assertThat(nextData(stream, "event: headroom")).isEqualTo(body.toString());
    }

    assertThat(body.get("threshold_kw").decimalValue()).isEqualByComparingTo("5");
    assertThat(body.get("headroom_kw").decimalValue()).isEqualByComparingTo("4.2");
    assertThat(body.get("running_average_kw").decimalValue()).isEqualByComparingTo("2.4");
    assertThat(body.get("month").get("peaks")).hasSize(1);
  }

  @Test
  void aTariffWithoutPeakChargeHasNoHeadroom() throws Exception {
    server = new TestServer(tariffBackend(), Optional.empty());

    HttpResponse<String> response = server.http.get("/api/v1/headroom");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("no peak charge");
  }

  @Test
  void configAndStatusNameTheTariffAndItsPrices() throws Exception {
    server = new TestServer(tariffBackend(), Optional.empty());

    JsonNode config = get("/api/v1/config").get("tariff");
    JsonNode status = get("/api/v1/status").get("tariff");

    assertThat(config.toString()).isEqualTo("{\"name\":\"Test grid\",\"currency\":\"SEK\","
        + "\"zone\":\"Europe/Stockholm\",\"peak\":false,\"prices\":\"test prices\"}");
    assertThat(status.get("prices_problem").asText()).isEqualTo("cannot fetch spot prices: 503");
  }

  private void assertBad(String path, String parameter) throws Exception {
    HttpResponse<String> response = server.http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("parameter").asText()).as(path)
        .isEqualTo(parameter);
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = server.http.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String nextData(SseReader stream, String event) throws Exception {
    String line = stream.nextLine(Duration.ofSeconds(30));
    while (line != null && !line.equals(event)) {
      line = stream.nextLine(Duration.ofSeconds(30));
    }
    return stream.nextLine(Duration.ofSeconds(30)).substring("data: ".length());
  }

  private static FakeBackend tariffBackend() throws Exception {
    return tariffBackend("");
  }

  /** The backend of the class comment, with more rules (a peak charge) if given. */
  private static FakeBackend tariffBackend(String moreRules) throws Exception {
    TariffRules rules = RulesReader.read("test.yaml", """
        name: Test grid
        currency: SEK
        time_zone: Europe/Stockholm
        vat: 0.25
        prices_include_vat: false
        fixed: [{name: Fixed, per_month: 310}]
        energy_fees: [{name: Transfer, per_kwh: 0.10}]
        taxes: [{name: Energy tax, per_kwh: 0.40}]
        """ + moreRules);
    List<EnergyInterval> energy = new ArrayList<>();
    PriceTable prices = new PriceTable("SE3", "SEK");
    Instant start = DAY.atStartOfDay(TestServer.STOCKHOLM).toInstant();
    Instant missing = LocalDateTime.parse("2026-03-10T10:00").atZone(TestServer.STOCKHOLM)
        .toInstant();
    for (int quarter = 0; quarter < 96; quarter++) {
      Instant from = start.plus(Duration.ofMinutes(15L * quarter));
      Instant to = from.plus(Duration.ofMinutes(15));
      energy.add(new EnergyInterval(from, to, new BigDecimal("0.5"), BigDecimal.ZERO));
      if (!from.equals(missing)) {
        prices.putAll(List.of(new SpotPrice(from, to, BigDecimal.ONE, "SEK")));
      }
    }
    EnergySeries series = EnergySeries.of(energy);
    return new FakeBackend().withMeter("main").withTariff(
        new TariffStatus(rules, Optional.of("test prices"),
            Optional.of("cannot fetch spot prices: 503"), Optional.empty()),
        (meter, from, toExclusive) ->
            new TariffEngine(rules).bill(series, Optional.of(prices), from, toExclusive));
  }
}
