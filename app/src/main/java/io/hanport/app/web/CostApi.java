package io.hanport.app.web;

import io.hanport.app.tariff.Bill;
import io.hanport.app.tariff.TariffException;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code GET /api/v1/cost?from=&to=&resolution=}: what the energy of a period cost under the
 * configured tariff (issue 8), per 15 minutes, hour, day or month, itemised. The parameters are
 * those of {@code /api/v1/history}; the bill covers the whole local days they touch.
 */
final class CostApi {

  /** A year and a day: the longest bill the dashboard asks for (a year by months). */
  static final int MAX_DAYS = 366;

  private final DashboardBackend backend;
  private final DashboardSettings settings;

  CostApi(DashboardBackend backend, DashboardSettings settings) {
    this.backend = backend;
    this.settings = settings;
  }

  /** The tariff, or a 404 saying how to configure one. */
  static TariffStatus tariff(DashboardBackend backend) {
    return backend.tariff().orElseThrow(() -> ApiError.notFound(
        "no tariff is configured: start hanport serve with --tariff NAME|FILE"));
  }

  void cost(Context ctx) {
    TariffStatus tariff = tariff(backend);
    HistoryQuery query = HistoryQuery.parse(ctx, backend, settings.zone());
    if (query.csv()) {
      throw ApiError.badParameter("format", "cost is served as JSON only");
    }
    ZoneId zone = tariff.rules().timeZone();
    LocalDate from = query.from().atZone(zone).toLocalDate();
    LocalDate to = query.to().atZone(zone).toLocalDate();
    LocalDate toExclusive = to.atStartOfDay(zone).toInstant().equals(query.to())
        ? to : to.plusDays(1);
    if (toExclusive.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
      throw ApiError.badParameter("to", "from..to spans more than " + MAX_DAYS
          + " days: ask for a year at most");
    }
    Bill bill;
    try {
      bill = backend.cost(query.meter(), from, toExclusive).orElseThrow();
    } catch (TariffException unbillable) {
      throw ApiError.unavailable("cannot bill this period: " + unbillable.getMessage());
    }
    Instant end = query.to();
    ApiResponses.json(ctx, CostJson.write(query.meter(), bill, query.resolution(), query.from(),
        end, tariff));
  }
}
