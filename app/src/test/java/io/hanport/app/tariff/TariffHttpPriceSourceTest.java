package io.hanport.app.tariff;

import static io.hanport.app.tariff.TariffFixtures.STOCKHOLM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP price source against a server on 127.0.0.1 that knows 15 January 2026 (hourly JSON in
 * the Swedish API shape), has not published the 16th (404), and fails for anything else (500).
 */
class TariffHttpPriceSourceTest {

  private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/prices/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(path);
    if (path.equals("/prices/2026/01-15_SE3.json")) {
      reply(exchange, 200, dayOfPrices());
    } else if (path.equals("/prices/2026/01-16_SE3.json")) {
      reply(exchange, 404, "not published");
    } else {
      reply(exchange, 500, "broken");
    }
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** 24 hourly prices, hour h costs h / 100 SEK/kWh. */
  private static String dayOfPrices() {
    StringBuilder json = new StringBuilder("[");
    for (int hour = 0; hour < 24; hour++) {
      ZonedDateTime start = JAN_15.atStartOfDay(STOCKHOLM).plusHours(hour);
      json.append(hour == 0 ? "" : ",")
          .append("{\"SEK_per_kWh\":")
          .append(hour / 100.0)
          .append(",\"time_start\":\"")
          .append(start.toOffsetDateTime())
          .append("\",\"time_end\":\"")
          .append(start.plusHours(1).toOffsetDateTime())
          .append("\"}");
    }
    return json.append(']').toString();
  }

  private String template() {
    return "http://127.0.0.1:"
        + server.getAddress().getPort()
        + "/prices/{year}/{month}-{day}_{zone}.json";
  }

  @Test
  void aPublishedDayIsFetchedAndRead() throws Exception {
    HttpPriceSource source = HttpPriceSource.of(template(), STOCKHOLM, "SEK");
    List<SpotPrice> prices = source.fetch("SE3", JAN_15);
    assertThat(prices).hasSize(24);
    assertThat(prices.get(13).start()).isEqualTo(Instant.parse("2026-01-15T12:00:00Z"));
    assertThat(prices.get(13).pricePerKwh()).isEqualByComparingTo("0.13");
    assertThat(requests).containsExactly("/prices/2026/01-15_SE3.json");
  }

  @Test
  void anUnpublishedDayHasNoPricesAndTheBillSaysSo() throws Exception {
    HttpPriceSource source = HttpPriceSource.of(template(), STOCKHOLM, "SEK");
    assertThat(source.fetch("SE3", JAN_15.plusDays(1))).isEmpty();
  }

  @Test
  void aServerErrorIsAnIoProblemNamingTheUrl() throws Exception {
    HttpPriceSource source = HttpPriceSource.of(template(), STOCKHOLM, "SEK");
    assertThatThrownBy(() -> source.fetch("SE4", JAN_15))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith("/prices/2026/01-15_SE4.json answered HTTP 500");
  }

  @Test
  void spotPricesFetchEachMissingDayOnceAndKeepItInTheStore() throws Exception {
    SpotPrices spot =
        new SpotPrices(
            new MemoryPriceStore(),
            Optional.of(HttpPriceSource.of(template(), STOCKHOLM, "SEK")),
            STOCKHOLM);
    PriceTable first = spot.table("SE3", "SEK", JAN_15, JAN_15.plusDays(2));
    assertThat(first.between(Instant.MIN, Instant.MAX)).hasSize(24);
    assertThat(requests)
        .containsExactly("/prices/2026/01-15_SE3.json", "/prices/2026/01-16_SE3.json");
    // The 15th now comes from the store; only the still unpublished 16th is asked for again.
    PriceTable second = spot.table("SE3", "SEK", JAN_15, JAN_15.plusDays(2));
    assertThat(second.between(Instant.MIN, Instant.MAX)).hasSize(24);
    assertThat(requests).hasSize(3).endsWith("/prices/2026/01-16_SE3.json");
  }

  @Test
  void aTemplateMustBeHttpAndNameTheDay() {
    assertThatThrownBy(() -> HttpPriceSource.of("ftp://prices/{date}", STOCKHOLM, "SEK"))
        .isInstanceOf(TariffException.class)
        .hasMessage("price URL 'ftp://prices/{date}' must start with http:// or https://");
    assertThatThrownBy(() -> HttpPriceSource.of("https://prices/{zone}.json", STOCKHOLM, "SEK"))
        .isInstanceOf(TariffException.class)
        .hasMessage(
            "price URL 'https://prices/{zone}.json' names no day: put {date} (or {year}, {month},"
                + " {day}) where the date goes");
  }
}
