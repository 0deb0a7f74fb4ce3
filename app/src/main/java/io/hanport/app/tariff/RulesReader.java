package io.hanport.app.tariff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads a tariff rule file (YAML; the format is described in the README's tariff section) into
 * {@link TariffRules}, converting amounts stated with VAT to amounts without.
 */
public final class RulesReader {

  private static final Set<String> KEYS =
      Set.of(
          "name",
          "source",
          "currency",
          "time_zone",
          "vat",
          "prices_include_vat",
          "holidays",
          "fixed",
          "energy_fees",
          "taxes",
          "peak",
          "export");
  private static final BigDecimal ONE_HUNDRED_PERCENT = BigDecimal.ONE;

  private RulesReader() {}

  /**
   * @param file the file's name as the user gave it, for messages
   * @throws TariffException naming the file, line, setting and what it must be
   */
  public static TariffRules read(String file, String yaml) throws TariffException {
    YamlNode root = YamlNode.parse(file, yaml);
    Map<String, YamlNode> fields = root.fields(KEYS);
    String currency = currency(root.required(fields, "currency", "SEK"));
    ZoneId zone = zone(root.required(fields, "time_zone", "Europe/Stockholm"));
    YamlNode vatNode = root.required(fields, "vat", "0.25");
    BigDecimal vat = vatNode.decimal(BigDecimal.ZERO, "a fraction like 0.25 for 25 %");
    if (vat.compareTo(ONE_HUNDRED_PERCENT) >= 0) {
      throw vatNode.invalid("must be a fraction below 1, like 0.25 for 25 %");
    }
    boolean gross = root.required(fields, "prices_include_vat", "true").bool();
    BigDecimal divisor = BigDecimal.ONE.add(vat);
    UnaryOperator<BigDecimal> net =
        gross ? amount -> amount.divide(divisor, MathContext.DECIMAL64) : amount -> amount;
    Optional<PeakRule> peak = Optional.empty();
    if (fields.containsKey("peak")) {
      peak = Optional.of(PeakReader.read(fields.get("peak"), net));
    }
    return new TariffRules(
        file,
        root.required(fields, "name", "Ellevio").text(),
        fields.containsKey("source") ? fields.get("source").text() : "",
        currency,
        zone,
        vat,
        holidays(fields.get("holidays")),
        fixedFees(fields.get("fixed"), net),
        charges(fields.get("energy_fees"), net),
        charges(fields.get("taxes"), net),
        peak,
        export(fields.get("export")));
  }

  private static String currency(YamlNode node) throws TariffException {
    String code = node.text();
    if (!code.matches("[A-Z]{3}")) {
      throw node.invalid("must be a three-letter currency code like SEK, NOK or EUR");
    }
    return code;
  }

  private static ZoneId zone(YamlNode node) throws TariffException {
    try {
      return ZoneId.of(node.text());
    } catch (DateTimeException unknown) {
      throw node.invalid("must be a time zone like Europe/Stockholm or Europe/Oslo");
    }
  }

  private static Set<LocalDate> holidays(YamlNode node) throws TariffException {
    Set<LocalDate> dates = new HashSet<>();
    if (node != null) {
      for (YamlNode item : node.list()) {
        dates.add(item.date());
      }
    }
    return dates;
  }

  private static List<FixedFee> fixedFees(YamlNode node, UnaryOperator<BigDecimal> net)
      throws TariffException {
    List<FixedFee> fees = new ArrayList<>();
    if (node == null) {
      return fees;
    }
    Set<String> names = new HashSet<>();
    for (YamlNode item : node.list()) {
      Map<String, YamlNode> fields = item.fields(Set.of("name", "per_month", "per_year"));
      String name = uniqueName(item, fields, names);
      if (fields.containsKey("per_month") == fields.containsKey("per_year")) {
        throw item.problem("needs exactly one of 'per_month' and 'per_year'");
      }
      BigDecimal perMonth =
          fields.containsKey("per_month")
              ? fields.get("per_month").decimal(BigDecimal.ZERO, "an amount ≥ 0")
              : fields
                  .get("per_year")
                  .decimal(BigDecimal.ZERO, "an amount ≥ 0")
                  .divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
      fees.add(new FixedFee(name, net.apply(perMonth)));
    }
    return fees;
  }

  /** A list of per-kWh charges: each {@code name} with {@code per_kwh} or {@code rates}. */
  static List<Charge> charges(YamlNode node, UnaryOperator<BigDecimal> net) throws TariffException {
    List<Charge> charges = new ArrayList<>();
    if (node == null) {
      return charges;
    }
    Set<String> names = new HashSet<>();
    for (YamlNode item : node.list()) {
      Map<String, YamlNode> fields = item.fields(Set.of("name", "per_kwh", "rates"));
      String name = uniqueName(item, fields, names);
      if (fields.containsKey("per_kwh") == fields.containsKey("rates")) {
        throw item.problem(
            "needs exactly one of 'per_kwh' (one price) and 'rates' (prices by time of use)");
      }
      List<Rate> rates =
          fields.containsKey("per_kwh")
              ? List.of(new Rate(When.ALWAYS, net.apply(perKwh(fields.get("per_kwh")))))
              : rates(fields.get("rates"), net);
      charges.add(new Charge(name, rates));
    }
    return charges;
  }

  private static List<Rate> rates(YamlNode node, UnaryOperator<BigDecimal> net)
      throws TariffException {
    List<Rate> rates = new ArrayList<>();
    Set<String> keys = new HashSet<>(WhenReader.KEYS);
    keys.add("per_kwh");
    for (YamlNode item : node.list()) {
      Map<String, YamlNode> fields = item.fields(keys);
      When when = WhenReader.read(item, fields);
      rates.add(new Rate(when, net.apply(perKwh(item.required(fields, "per_kwh", "0.0625")))));
    }
    if (rates.isEmpty() || !rates.get(rates.size() - 1).when().isAlways()) {
      throw node.problem(
          "must end with a rate without months/days/hours/holidays, so every hour has a price"
              + " (first match wins; add '- per_kwh: 0' if the other hours are free)");
    }
    return rates;
  }

  private static BigDecimal perKwh(YamlNode node) throws TariffException {
    return node.decimal(BigDecimal.ZERO, "a price per kWh ≥ 0 like 0.0625");
  }

  private static Optional<ExportRule> export(YamlNode node) throws TariffException {
    if (node == null) {
      return Optional.empty();
    }
    Map<String, YamlNode> fields = node.fields(Set.of("spot", "grid_benefit"));
    boolean spot = fields.containsKey("spot") && fields.get("spot").bool();
    Optional<Charge> benefit = Optional.empty();
    if (fields.containsKey("grid_benefit")) {
      List<Charge> charges = charges(fields.get("grid_benefit"), amount -> amount);
      if (charges.size() != 1) {
        throw fields.get("grid_benefit").problem("must list exactly one benefit");
      }
      benefit = Optional.of(charges.get(0));
    }
    return Optional.of(new ExportRule(spot, benefit));
  }

  private static String uniqueName(YamlNode item, Map<String, YamlNode> fields, Set<String> names)
      throws TariffException {
    YamlNode nameNode = item.required(fields, "name", "Fast avgift");
    String name = nameNode.text();
    if (!names.add(name.toLowerCase(Locale.ROOT))) {
      throw nameNode.invalid("must differ from the other names in the list (the bill lists each)");
    }
    return name;
  }
}
