package io.hanport.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hanport.app.tariff.DemandWindow;
import io.hanport.app.tariff.Headroom;
import io.hanport.app.tariff.HeadroomWarning;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Headroom as {@code /api/v1/headroom} serves it and the stream's {@code headroom} and {@code
 * headroom-warning} events carry it: demands in kW to the watt, absent limits as {@code null}.
 */
final class HeadroomJson {

  private HeadroomJson() {}

  static String headroom(String meter, Headroom headroom) {
    ObjectNode json = Json.object()
        .put("meter", meter)
        .put("window_start", headroom.windowStart().toString())
        .put("window_end", headroom.windowEnd().toString())
        .put("counted", headroom.counted())
        .put("energy_so_far_kwh", kw(headroom.energySoFarKwh()))
        .put("running_average_kw", kw(headroom.runningAverageKw()))
        .put("projected_kw", kw(headroom.projectedKw()));
    put(json, "entry_kw", headroom.entryKw());
    put(json, "threshold_kw", headroom.thresholdKw());
    put(json, "headroom_kw", headroom.headroomKw());
    ObjectNode month = json.putObject("month")
        .put("month", headroom.monthPeaks().month().toString())
        .put("top_n", headroom.monthPeaks().topN())
        .put("demand_so_far_kw", kw(headroom.monthPeaks().soFarKw()))
        .put("demand_projected_kw", kw(headroom.monthPeaks().projectedKw()));
    ArrayNode peaks = month.putArray("peaks");
    for (DemandWindow peak : headroom.monthPeaks().top()) {
      peaks.addObject()
          .put("start", peak.start().toString())
          .put("end", peak.end().toString())
          .put("demand_kw", kw(peak.demandKw()))
          .put("weighted_kw", kw(peak.weightedKw()));
    }
    return Json.write(json);
  }

  static String warning(String meter, HeadroomWarning warning) {
    return Json.write(Json.object()
        .put("meter", meter)
        .put("window_start", warning.windowStart().toString())
        .put("window_end", warning.windowEnd().toString())
        .put("projected_kw", kw(warning.projectedKw()))
        .put("threshold_kw", kw(warning.thresholdKw()))
        .put("headroom_kw", kw(warning.headroomKw()))
        .put("message", warning.message()));
  }

  private static void put(ObjectNode json, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      json.put(name, kw(value.get()));
    } else {
      json.putNull(name);
    }
  }

  /** kW (or kWh) to three decimals, plain. */
  static BigDecimal kw(BigDecimal value) {
    BigDecimal rounded = value.setScale(3, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
  }
}
