package io.hanport.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option also comes from the environment ({@code --http-port} from {@code
 * HANPORT_HTTP_PORT}) and from a YAML config file ({@code http-port: 8080}, or nested {@code
 * http: {port: 8080}}), with the precedence flag over environment over file over built-in
 * default. Picocli asks this provider only for options not given on the command line.
 */
public final class ConfigDefaults implements IDefaultValueProvider {

  /** The config file read when {@code --config} is not given, if it exists. */
  public static final Path DEFAULT_FILE = Path.of("hanport.yaml");

  private static final String ENV_PREFIX = "HANPORT_";

  private final Map<String, String> env;
  private final Map<String, String> file;
  private final String fileName;

  private ConfigDefaults(Map<String, String> env, Map<String, String> file, String fileName) {
    this.env = env;
    this.file = file;
    this.fileName = fileName;
  }

  /** Environment only, no file. */
  public static ConfigDefaults environment(Map<String, String> env) {
    return new ConfigDefaults(env, Map.of(), "");
  }

  /**
   * Environment and a config file.
   *
   * @param required true when the user named the file: then a missing file is an error
   * @throws ConfigException naming the file, the line and the fix
   */
  public static ConfigDefaults load(Map<String, String> env, Path path, boolean required)
      throws ConfigException {
    try {
      String yaml = Files.readString(path);
      return new ConfigDefaults(env, flatten(parse(yaml, path)), path.toString());
    } catch (NoSuchFileException missing) {
      if (required) {
        throw new ConfigException("config file " + path + " does not exist: check --config");
      }
      return environment(env);
    } catch (IOException unreadable) {
      throw new ConfigException("cannot read config file " + path + ": " + unreadable.getMessage());
    }
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option) || !option.longestName().startsWith("--")) {
      return null;
    }
    String key = option.longestName().substring(2);
    String fromEnv = env.get(ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_'));
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv;
    }
    return file.get(key);
  }

  /**
   * Settings in the file that no option of hanport knows: a typo there would otherwise be
   * silently ignored.
   *
   * @throws ConfigException naming the unknown setting
   */
  public void checkKnown(Set<String> knownKeys) throws ConfigException {
    for (String key : file.keySet()) {
      if (!knownKeys.contains(key)) {
        throw new ConfigException(
            fileName + ": unknown setting '" + key + "'. Settings are the long option names"
                + " without '--', e.g. 'http-port: 8080' (see hanport serve --help).");
      }
    }
  }

  private static JsonNode parse(String yaml, Path path) throws ConfigException {
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
      if (root == null || root.isMissingNode() || root.isNull()) {
        return new ObjectMapper().createObjectNode();
      }
      if (!root.isObject()) {
        throw new ConfigException(path + ": expected settings as 'name: value' lines");
      }
      return root;
    } catch (JsonProcessingException invalid) {
      String where =
          invalid.getLocation() == null ? "" : " at line " + invalid.getLocation().getLineNr();
      throw new ConfigException(path + " is not valid YAML" + where + ": " + invalid.getOriginalMessage());
    }
  }

  /** {@code http: {port: 8080}} becomes {@code http-port}; lists become comma-separated. */
  private static Map<String, String> flatten(JsonNode root) {
    Map<String, String> flat = new LinkedHashMap<>();
    flatten("", root, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        flatten(prefix.isEmpty() ? field.getKey() : prefix + "-" + field.getKey(), field.getValue(), flat);
      }
    } else if (node.isArray()) {
      StringBuilder joined = new StringBuilder();
      node.forEach(item -> joined.append(joined.length() == 0 ? "" : ",").append(item.asText()));
      flat.put(prefix, joined.toString());
    } else {
      flat.put(prefix, node.asText());
    }
  }
}
