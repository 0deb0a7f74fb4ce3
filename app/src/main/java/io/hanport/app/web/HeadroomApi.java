package io.hanport.app.web;

import io.hanport.app.tariff.Headroom;
import io.javalin.http.Context;

/** {@code GET /api/v1/headroom}: the current demand window against the month's peaks (issue 8). */
final class HeadroomApi {

  private final DashboardBackend backend;

  HeadroomApi(DashboardBackend backend) {
    this.backend = backend;
  }

  void headroom(Context ctx) {
    TariffStatus tariff = CostApi.tariff(backend);
    if (tariff.rules().peak().isEmpty()) {
      throw ApiError.notFound("the tariff '" + tariff.rules().name()
          + "' has no peak charge, so there is no headroom to watch");
    }
    String meter = Meters.resolve(ctx, backend);
    Headroom headroom = backend.headroom(meter).orElseThrow(() ->
        ApiError.notFound("no reading with power from meter '" + meter + "' since start yet"));
    ApiResponses.json(ctx, HeadroomJson.headroom(meter, headroom));
  }
}
