package io.hanport.app.web;

import io.javalin.http.Context;
import java.util.List;

/** The {@code meter} query parameter: a known meter's name, or by default the first meter. */
final class Meters {

  private Meters() {}

  /**
   * The meter a request asks about.
   *
   * @throws ApiError 404 for an unknown meter, or when no meter is known yet
   */
  static String resolve(Context ctx, DashboardBackend backend) {
    List<String> meters = backend.meters();
    String asked = ctx.queryParam("meter");
    if (asked == null || asked.isEmpty()) {
      if (meters.isEmpty()) {
        throw ApiError.notFound("no meter has sent a reading yet");
      }
      return meters.get(0);
    }
    if (!meters.contains(asked)) {
      throw ApiError.unknownMeter(asked);
    }
    return asked;
  }
}
