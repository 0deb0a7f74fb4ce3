package io.hanport.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** How every API answer goes out: JSON in UTF-8, never cached (it is live data). */
final class ApiResponses {

  private ApiResponses() {}

  static void json(Context ctx, String json) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json; charset=utf-8").result(json);
  }

  static void error(Context ctx, ApiError error) {
    ObjectNode body = Json.object().put("error", error.getMessage());
    error.parameter().ifPresent(parameter -> body.put("parameter", parameter));
    ctx.status(error.status());
    json(ctx, Json.write(body));
  }
}
