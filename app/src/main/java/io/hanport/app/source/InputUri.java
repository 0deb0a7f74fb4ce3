package io.hanport.app.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code --input} value: an endpoint URI, optionally named ({@code home=serial:/dev/ttyUSB0}).
 * The same syntax wherever a command takes an input. The name is what identifies the meter in
 * storage, MQTT and the API; Swedish telegrams carry no meter id, so it matters there.
 */
public record InputUri(Optional<String> name, Endpoint endpoint) {

  /** Every form, for error messages and help. */
  public static final String FORMS =
      "serial:/dev/ttyUSB0[?baud=&parity=&databits=&stopbits=], tcp://host:port,"
          + " mqtt://host[:port]/topic, file:PATH[?pace=realtime], sim:PROFILE";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final int MQTT_PORT = 1883;

  /**
   * Parses an input.
   *
   * @throws InvalidInputException naming what is wrong and the form to use
   */
  public static InputUri parse(String text) {
    int equals = text.indexOf('=');
    int colon = text.indexOf(':');
    if (equals > 0 && (colon < 0 || equals < colon)) {
      String name = text.substring(0, equals);
      if (!NAME.matcher(name).matches()) {
        throw new InvalidInputException(
            text, "an input's name is letters, digits, '.', '_' and '-', not '" + name + "'");
      }
      return new InputUri(Optional.of(name), endpoint(text.substring(equals + 1), text));
    }
    return new InputUri(Optional.empty(), endpoint(text, text));
  }

  /** The name readings carry as their {@code source}: the given name, else the URI. */
  public String sourceName() {
    return name.orElse(endpoint.uri());
  }

  @Override
  public String toString() {
    return name.map(given -> given + "=").orElse("") + endpoint.uri();
  }

  private static Endpoint endpoint(String uri, String whole) {
    if (uri.startsWith("tcp://") || uri.startsWith("mqtt://")) {
      refuseLogin(uri, whole);
    }
    try {
      if (uri.startsWith("serial:")) {
        return serial(uri.substring("serial:".length()));
      }
      if (uri.startsWith("tcp://")) {
        HostPort at = HostPort.parse(stripSlash(uri.substring("tcp://".length())), -1);
        return new Endpoint.Tcp(at.host, at.port);
      }
      if (uri.startsWith("mqtt://")) {
        return mqtt(uri.substring("mqtt://".length()));
      }
      if (uri.startsWith("file:")) {
        return file(uri.substring("file:".length()));
      }
      if (uri.startsWith("sim:")) {
        return new Endpoint.Simulator(required(uri.substring("sim:".length()), "sim:PROFILE"));
      }
    } catch (IllegalArgumentException bad) {
      throw new InvalidInputException(whole, bad.getMessage());
    }
    throw new InvalidInputException(whole, unknownForm(uri));
  }

  /**
   * tcp:// and mqtt:// inputs connect without a login; a {@code user:password@} would otherwise be
   * taken for an IPv6 host and the password shown in the status, metrics and log. The message
   * hides it: it ends up on a terminal.
   */
  private static void refuseLogin(String uri, String whole) {
    int start = uri.indexOf("//") + 2;
    int slash = uri.indexOf('/', start);
    String authority = slash < 0 ? uri.substring(start) : uri.substring(start, slash);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      throw new InvalidInputException(
          whole.replace(authority, "***@" + authority.substring(at + 1)),
          "inputs connect without a user name or password; allow anonymous reading on the"
              + " broker or device, on the local network only");
    }
  }

  private static String unknownForm(String uri) {
    if (uri.startsWith("/dev/")) {
      return "a serial port is written serial:" + uri;
    }
    return "unknown kind of input; use one of " + FORMS;
  }

  private static Endpoint serial(String rest) {
    int question = rest.indexOf('?');
    String port = question < 0 ? rest : rest.substring(0, question);
    Map<String, String> query = query(question < 0 ? "" : rest.substring(question + 1));
    query.keySet().stream()
        .filter(key -> !key.matches("baud|parity|databits|stopbits"))
        .findFirst()
        .ifPresent(
            key -> {
              throw new IllegalArgumentException(
                  "unknown serial setting '" + key + "': use baud, parity, databits, stopbits");
            });
    return new Endpoint.Serial(
        required(port, "serial:/dev/ttyUSB0"), SerialSettings.fromQuery(query));
  }

  /** The topic is everything after the first '/', verbatim: MQTT wildcards '#' and '+' included. */
  private static Endpoint mqtt(String rest) {
    int slash = rest.indexOf('/');
    if (slash < 0 || slash == rest.length() - 1) {
      throw new IllegalArgumentException("no topic: write mqtt://host[:port]/topic");
    }
    HostPort at = HostPort.parse(rest.substring(0, slash), MQTT_PORT);
    return new Endpoint.Mqtt(at.host, at.port, rest.substring(slash + 1));
  }

  private static Endpoint file(String rest) {
    int question = rest.indexOf('?');
    String path = question < 0 ? rest : rest.substring(0, question);
    if (path.startsWith("//")) {
      path = path.substring(2);
    }
    Map<String, String> query = query(question < 0 ? "" : rest.substring(question + 1));
    String pace = query.getOrDefault("pace", "fast");
    if (!pace.equals("realtime") && !pace.equals("fast")) {
      throw new IllegalArgumentException("pace must be realtime or fast, not '" + pace + "'");
    }
    Optional<Duration> interval = Optional.ofNullable(query.get("interval")).map(InputUri::seconds);
    if (interval.isPresent() && !pace.equals("realtime")) {
      throw new IllegalArgumentException("interval= needs pace=realtime");
    }
    return new Endpoint.File(
        Path.of(required(path, "file:PATH")), pace.equals("realtime"), interval);
  }

  private static Duration seconds(String text) {
    try {
      double seconds =
          Double.parseDouble(text.endsWith("s") ? text.substring(0, text.length() - 1) : text);
      if (seconds > 0 && seconds <= 86_400) {
        return Duration.ofMillis(Math.round(seconds * 1000));
      }
    } catch (NumberFormatException notNumber) {
      // Falls through to the one message for every bad interval.
    }
    throw new IllegalArgumentException(
        "interval must be seconds between 0 and 86400, not '" + text + "'");
  }

  private static Map<String, String> query(String text) {
    Map<String, String> query = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return query;
    }
    for (String pair : text.split("&")) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("'" + pair + "' is not name=value");
      }
      query.put(
          pair.substring(0, equals).toLowerCase(java.util.Locale.ROOT), pair.substring(equals + 1));
    }
    return query;
  }

  private static String stripSlash(String authority) {
    return authority.endsWith("/") ? authority.substring(0, authority.length() - 1) : authority;
  }

  private static String required(String part, String form) {
    if (part.isEmpty()) {
      throw new IllegalArgumentException("incomplete: write " + form);
    }
    return part;
  }
}
