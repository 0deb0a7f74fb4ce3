package io.hanport.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hanport.app.tariff.TariffRules;

/** The {@code tariff} objects of {@code /api/v1/config} and {@code /api/v1/status} (issue 8). */
final class TariffJson {

  private TariffJson() {}

  /** What the dashboard needs to show cost and headroom: absent = hide both. */
  static void config(ObjectNode json, TariffStatus tariff) {
    TariffRules rules = tariff.rules();
    json.put("name", rules.name())
        .put("currency", rules.currency())
        .put("zone", rules.timeZone().getId())
        .put("peak", rules.peak().isPresent());
    rules.peak().ifPresent(peak -> json.put("peak_window_minutes", peak.measureMinutes())
        .put("peak_top_n", peak.topN()));
    if (tariff.prices().isPresent()) {
      json.put("prices", tariff.prices().get());
    } else {
      json.putNull("prices");
    }
  }

  static void status(ObjectNode json, TariffStatus tariff) {
    json.put("name", tariff.rules().name())
        .put("rules", tariff.rules().file())
        .put("source", tariff.rules().source());
    tariff.prices().ifPresent(prices -> json.put("prices", prices));
    tariff.pricesFetched().ifPresent(fetched -> json.put("prices_fetched", fetched.toString()));
    tariff.pricesProblem().ifPresent(problem -> json.put("prices_problem", problem));
  }
}
