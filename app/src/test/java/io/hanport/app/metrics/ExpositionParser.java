package io.hanport.app.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser of the Prometheus text format 0.0.4 for tests: it fails on anything a scraper
 * would reject (bad names, bad label syntax, unparsable values, a family's samples split up, a
 * sample without its TYPE, a counter whose name lacks {@code _total}).
 */
public final class ExpositionParser {

  /** One sample: metric name, labels, value, and its family's type. */
  public record Sample(String name, Map<String, String> labels, double value, String type) {}

  private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");

  private ExpositionParser() {}

  public static List<Sample> parse(String text) {
    List<Sample> samples = new ArrayList<>();
    Map<String, String> types = new LinkedHashMap<>();
    Set<String> closedFamilies = new HashSet<>();
    String currentFamily = null;
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("# TYPE ")) {
        String[] parts = line.split(" ");
        require(parts.length == 4 && NAME.matcher(parts[2]).matches(), "bad TYPE line: " + line);
        require(!types.containsKey(parts[2]), "family declared twice: " + parts[2]);
        types.put(parts[2], parts[3]);
        if (currentFamily != null) {
          closedFamilies.add(currentFamily);
        }
        currentFamily = parts[2];
      } else if (!line.startsWith("#")) {
        Sample sample = sample(line, types);
        require(sample.name().equals(currentFamily), "sample outside its family block: " + line);
        require(!closedFamilies.contains(currentFamily), "family split up: " + currentFamily);
        samples.add(sample);
      }
    }
    return samples;
  }

  private static Sample sample(String line, Map<String, String> types) {
    Matcher matcher = SAMPLE.matcher(line);
    require(matcher.matches(), "bad sample line: " + line);
    String name = matcher.group(1);
    String type = types.get(name);
    require(type != null, "sample without TYPE: " + line);
    require(!"counter".equals(type) || name.endsWith("_total"), "counter without _total: " + name);
    Map<String, String> labels = new LinkedHashMap<>();
    if (matcher.group(3) != null) {
      Matcher label = LABEL.matcher(matcher.group(3));
      int at = 0;
      while (at < matcher.group(3).length()) {
        require(label.find(at) && label.start() == at, "bad labels: " + line);
        labels.put(label.group(1), label.group(2));
        at = label.end();
      }
    }
    return new Sample(name, labels, value(matcher.group(4), line), type);
  }

  private static double value(String text, String line) {
    switch (text) {
      case "NaN":
        return Double.NaN;
      case "+Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      default:
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new AssertionError("bad value in: " + line);
        }
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
