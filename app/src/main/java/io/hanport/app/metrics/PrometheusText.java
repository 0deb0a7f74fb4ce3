package io.hanport.app.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Prometheus text exposition format (version 0.0.4): one {@code # HELP} and {@code #
 * TYPE} line per metric family, then its samples. Families are grouped even when their samples are
 * added in any order, as the format requires.
 */
public final class PrometheusText {

  /** The content type a scraper expects for this format. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Map<String, Family> families = new LinkedHashMap<>();

  /** Adds a sample; the first sample of a family fixes its type and help text. */
  public PrometheusText sample(
      String name, String type, String help, Map<String, String> labels, double value) {
    families.computeIfAbsent(name, n -> new Family(type, help)).samples.append(line(name, labels, value));
    return this;
  }

  public PrometheusText gauge(String name, String help, Map<String, String> labels, double value) {
    return sample(name, "gauge", help, labels, value);
  }

  public PrometheusText counter(String name, String help, Map<String, String> labels, double value) {
    return sample(name, "counter", help, labels, value);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    families.forEach(
        (name, family) ->
            text.append("# HELP ")
                .append(name)
                .append(' ')
                .append(family.help)
                .append("\n# TYPE ")
                .append(name)
                .append(' ')
                .append(family.type)
                .append('\n')
                .append(family.samples));
    return text.toString();
  }

  private static String line(String name, Map<String, String> labels, double value) {
    StringBuilder line = new StringBuilder(name);
    if (!labels.isEmpty()) {
      line.append('{');
      List<Map.Entry<String, String>> entries = List.copyOf(labels.entrySet());
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          line.append(',');
        }
        line.append(entries.get(i).getKey()).append("=\"").append(escape(entries.get(i).getValue())).append('"');
      }
      line.append('}');
    }
    return line.append(' ').append(format(value)).append('\n').toString();
  }

  /** Label values escape backslash, double quote and line feed (the format's only escapes). */
  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  private static final class Family {
    final String type;
    final String help;
    final StringBuilder samples = new StringBuilder();

    Family(String type, String help) {
      this.type = type;
      this.help = help;
    }
  }
}
