package io.hanport.app.tariff;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Fetches a day's prices over HTTP from a URL the user configures (hanport ships none: price
 * services have their own terms). The template's {@code {zone}}, {@code {date}} (2026-01-15),
 * {@code {year}}, {@code {month}} and {@code {day}} are filled in; the answer is read as JSON or
 * CSV like a price file. A 404 means the day is not published yet: no prices, which the bill then
 * reports as missing.
 */
public final class HttpPriceSource implements PriceSource {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int NOT_FOUND = 404;
  private static final int OK = 200;

  private final String urlTemplate;
  private final ZoneId timeZone;
  private final String currency;
  private final HttpClient client;

  private HttpPriceSource(String urlTemplate, ZoneId timeZone, String currency, HttpClient client) {
    this.urlTemplate = urlTemplate;
    this.timeZone = timeZone;
    this.currency = currency;
    this.client = client;
  }

  /**
   * @throws TariffException when the template is not an http(s) URL naming the day
   */
  public static HttpPriceSource of(String urlTemplate, ZoneId timeZone, String currency)
      throws TariffException {
    if (!urlTemplate.startsWith("http://") && !urlTemplate.startsWith("https://")) {
      throw new TariffException(
          "price URL '" + urlTemplate + "' must start with http:// or https://");
    }
    if (!urlTemplate.contains("{date}") && !urlTemplate.contains("{day}")) {
      throw new TariffException(
          "price URL '"
              + urlTemplate
              + "' names no day: put {date} (or {year}, {month}, {day}) where the date goes");
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    return new HttpPriceSource(urlTemplate, timeZone, currency, client);
  }

  @Override
  public List<SpotPrice> fetch(String biddingZone, LocalDate day)
      throws IOException, TariffException {
    String url = url(biddingZone, day);
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while fetching " + url);
    }
    if (response.statusCode() == NOT_FOUND) {
      return List.of();
    }
    if (response.statusCode() != OK) {
      throw new IOException("GET " + url + " answered HTTP " + response.statusCode());
    }
    return PriceFiles.parse(url, response.body(), timeZone, currency);
  }

  String url(String biddingZone, LocalDate day) {
    return urlTemplate
        .replace("{zone}", URLEncoder.encode(biddingZone, StandardCharsets.UTF_8))
        .replace("{date}", day.toString())
        .replace("{year}", String.format("%04d", day.getYear()))
        .replace("{month}", String.format("%02d", day.getMonthValue()))
        .replace("{day}", String.format("%02d", day.getDayOfMonth()));
  }
}
