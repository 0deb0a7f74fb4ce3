package io.hanport.app.tariff;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a rule file with its place: the file, the line and the dotted path ({@code peak.top_n},
 * {@code energy_fees[1].rates[0]}). Every accessor either returns a valid value or throws a message
 * of the form {@code file:line: path must be …, got "…"}, so a user can find and fix the setting
 * without reading code. SnakeYAML's node tree (not its objects) keeps the lines.
 */
final class YamlNode {

  private final String file;
  private final String path;
  private final Node node;

  private YamlNode(String file, String path, Node node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  static YamlNode parse(String file, String text) throws TariffException {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException invalid) {
      int line = invalid.getProblemMark() == null ? 1 : invalid.getProblemMark().getLine() + 1;
      throw new TariffException(file + ":" + line + ": not valid YAML: " + invalid.getProblem());
    } catch (YAMLException invalid) {
      throw new TariffException(file + ": not valid YAML: " + invalid.getMessage());
    }
    if (root == null) {
      throw new TariffException(
          file
              + ": the file is empty: a tariff needs at least name,"
              + " currency, time_zone, vat and prices_include_vat");
    }
    return new YamlNode(file, "", root);
  }

  String path() {
    return path.isEmpty() ? "the file" : path;
  }

  /** The settings of a mapping, checked against the names it may have. */
  Map<String, YamlNode> fields(Set<String> allowed) throws TariffException {
    if (!(node instanceof MappingNode mapping)) {
      throw invalid("must be a set of 'name: value' settings");
    }
    Map<String, YamlNode> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      YamlNode key = new YamlNode(file, path, tuple.getKeyNode());
      String name = key.text();
      if (!allowed.contains(name)) {
        throw key.problem(
            "has no setting '"
                + name
                + "'; the settings are "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
      if (fields.containsKey(name)) {
        throw key.problem("sets '" + name + "' twice");
      }
      fields.put(name, new YamlNode(file, child(name), tuple.getValueNode()));
    }
    return fields;
  }

  /** A required setting of a mapping read with {@link #fields}. */
  YamlNode required(Map<String, YamlNode> fields, String name, String example)
      throws TariffException {
    YamlNode value = fields.get(name);
    if (value == null) {
      throw problem("needs '" + name + "', e.g. " + name + ": " + example);
    }
    return value;
  }

  List<YamlNode> list() throws TariffException {
    if (!(node instanceof SequenceNode sequence)) {
      throw invalid("must be a list ('- ' items)");
    }
    List<YamlNode> items = new ArrayList<>();
    for (int i = 0; i < sequence.getValue().size(); i++) {
      items.add(new YamlNode(file, path + "[" + i + "]", sequence.getValue().get(i)));
    }
    return items;
  }

  boolean isList() {
    return node instanceof SequenceNode;
  }

  String text() throws TariffException {
    if (!(node instanceof ScalarNode scalar)) {
      throw invalid("must be a single value");
    }
    return scalar.getValue().strip();
  }

  BigDecimal decimal(BigDecimal min, String requirement) throws TariffException {
    try {
      BigDecimal value = new BigDecimal(text());
      if (value.compareTo(min) >= 0) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // Reported below with the requirement.
    }
    throw invalid("must be " + requirement);
  }

  int wholeNumber(int min) throws TariffException {
    try {
      int value = Integer.parseInt(text());
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // Reported below with the requirement.
    }
    throw invalid("must be a whole number ≥ " + min);
  }

  boolean bool() throws TariffException {
    String text = text();
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw invalid("must be true or false");
  }

  LocalDate date() throws TariffException {
    try {
      return LocalDate.parse(text());
    } catch (DateTimeParseException notADate) {
      throw invalid("must be a date like 2026-12-24");
    }
  }

  /** {@code file:line: path must …, got "value"}. */
  TariffException invalid(String requirement) {
    return problem(requirement + ", got " + got());
  }

  /** {@code file:line: path …} for problems that are not about the node's own value. */
  TariffException problem(String what) {
    return new TariffException(file + ":" + line() + ": " + path() + " " + what);
  }

  Optional<YamlNode> optional(Map<String, YamlNode> fields, String name) {
    return Optional.ofNullable(fields.get(name));
  }

  private int line() {
    return node.getStartMark().getLine() + 1;
  }

  private String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private String got() {
    if (node instanceof ScalarNode scalar) {
      return "\"" + scalar.getValue() + "\"";
    }
    return node instanceof SequenceNode ? "a list" : "a set of settings";
  }
}
