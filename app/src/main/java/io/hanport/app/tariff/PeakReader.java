package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Reads the {@code peak:} section of a rule file into a {@link PeakRule}. */
final class PeakReader {

  private static final Set<String> KEYS =
      Set.of(
          "measure_minutes",
          "top_n",
          "distinct_days",
          "windows",
          "weights",
          "minimum_kw",
          "rolling_months",
          "price_per_kw",
          "steps");
  private static final Set<Integer> MEASURE_MINUTES = Set.of(15, 30, 60);

  private PeakReader() {}

  /**
   * @param net turns an amount as written into one without VAT
   */
  static PeakRule read(YamlNode peak, UnaryOperator<BigDecimal> net) throws TariffException {
    Map<String, YamlNode> fields = peak.fields(KEYS);
    YamlNode minutesNode = peak.required(fields, "measure_minutes", "60");
    int minutes = minutesNode.wholeNumber(1);
    if (!MEASURE_MINUTES.contains(minutes)) {
      throw minutesNode.invalid("must be 15, 30 or 60");
    }
    int topN = peak.required(fields, "top_n", "3").wholeNumber(1);
    boolean distinctDays = bool(peak.optional(fields, "distinct_days"), false);
    List<When> windows = new ArrayList<>();
    for (YamlNode window : list(peak.optional(fields, "windows"))) {
      windows.add(WhenReader.read(window, window.fields(WhenReader.KEYS)));
    }
    List<Rate> weights = new ArrayList<>();
    for (YamlNode weight : list(peak.optional(fields, "weights"))) {
      weights.add(valued(weight, "factor", "a number ≥ 0 like 0.5"));
    }
    BigDecimal minimumKw = BigDecimal.ZERO;
    if (fields.containsKey("minimum_kw")) {
      minimumKw = fields.get("minimum_kw").decimal(BigDecimal.ZERO, "a number of kW ≥ 0");
    }
    int rolling =
        fields.containsKey("rolling_months") ? fields.get("rolling_months").wholeNumber(1) : 1;
    return new PeakRule(
        minutes,
        topN,
        distinctDays,
        windows,
        weights,
        minimumKw,
        rolling,
        pricing(peak, fields, net));
  }

  private static PeakPricing pricing(
      YamlNode peak, Map<String, YamlNode> fields, UnaryOperator<BigDecimal> net)
      throws TariffException {
    boolean perKw = fields.containsKey("price_per_kw");
    if (perKw == fields.containsKey("steps")) {
      throw peak.problem(
          "needs exactly one of 'price_per_kw' (a price per kW and month) and 'steps' (a monthly"
              + " amount per bracket of kW)");
    }
    return perKw ? perKw(fields.get("price_per_kw"), net) : steps(fields.get("steps"), net);
  }

  private static PeakPricing.PerKw perKw(YamlNode node, UnaryOperator<BigDecimal> net)
      throws TariffException {
    if (!node.isList()) {
      BigDecimal price = node.decimal(BigDecimal.ZERO, "a price ≥ 0 per kW and month");
      return new PeakPricing.PerKw(List.of(new Rate(When.ALWAYS, net.apply(price))));
    }
    List<Rate> rates = new ArrayList<>();
    for (YamlNode item : node.list()) {
      Map<String, YamlNode> fields = item.fields(Set.of("months", "per_kw"));
      When when = WhenReader.read(item, fields);
      BigDecimal price =
          item.required(fields, "per_kw", "81.25").decimal(BigDecimal.ZERO, "a price ≥ 0");
      rates.add(new Rate(when, net.apply(price)));
    }
    if (rates.isEmpty() || !rates.get(rates.size() - 1).when().isAlways()) {
      throw node.problem("must end with a price without 'months', for the other months");
    }
    return new PeakPricing.PerKw(rates);
  }

  private static PeakPricing.Steps steps(YamlNode node, UnaryOperator<BigDecimal> net)
      throws TariffException {
    List<PeakPricing.Step> steps = new ArrayList<>();
    BigDecimal expectedFrom = BigDecimal.ZERO;
    List<YamlNode> items = node.list();
    for (int i = 0; i < items.size(); i++) {
      YamlNode item = items.get(i);
      Map<String, YamlNode> fields = item.fields(Set.of("from_kw", "to_kw", "per_month"));
      YamlNode fromNode = item.required(fields, "from_kw", expectedFrom.toPlainString());
      BigDecimal from = fromNode.decimal(BigDecimal.ZERO, "a number of kW ≥ 0");
      if (from.compareTo(expectedFrom) != 0) {
        throw fromNode.invalid(
            "must be "
                + expectedFrom.toPlainString()
                + " (steps start at 0 and each starts where the one before ends)");
      }
      Optional<BigDecimal> to = Optional.empty();
      if (fields.containsKey("to_kw")) {
        to = Optional.of(fields.get("to_kw").decimal(from, "above from_kw"));
        if (to.get().compareTo(from) == 0) {
          throw fields.get("to_kw").invalid("must be above from_kw");
        }
      } else if (i < items.size() - 1) {
        throw item.problem("needs 'to_kw': only the last step may be open-ended");
      }
      BigDecimal perMonth =
          item.required(fields, "per_month", "110").decimal(BigDecimal.ZERO, "an amount ≥ 0");
      steps.add(new PeakPricing.Step(from, to, net.apply(perMonth)));
      expectedFrom = to.orElse(from);
    }
    if (steps.isEmpty()) {
      throw node.problem("lists no steps");
    }
    return new PeakPricing.Steps(steps);
  }

  private static Rate valued(YamlNode item, String valueKey, String requirement)
      throws TariffException {
    Set<String> keys = new HashSet<>(WhenReader.KEYS);
    keys.add(valueKey);
    Map<String, YamlNode> fields = item.fields(keys);
    When when = WhenReader.read(item, fields);
    BigDecimal value = item.required(fields, valueKey, "0.5").decimal(BigDecimal.ZERO, requirement);
    return new Rate(when, value);
  }

  private static List<YamlNode> list(Optional<YamlNode> node) throws TariffException {
    return node.isPresent() ? node.get().list() : List.of();
  }

  private static boolean bool(Optional<YamlNode> node, boolean otherwise) throws TariffException {
    return node.isPresent() ? node.get().bool() : otherwise;
  }
}
