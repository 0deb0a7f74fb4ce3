package io.hanport.app.source;

/**
 * {@code host:port} and {@code [v6::address]:port}, as the authority of a tcp:// or mqtt:// URI.
 */
final class HostPort {

  final String host;
  final int port;

  private HostPort(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** Parses an authority; {@code defaultPort} < 0 makes the port required. */
  static HostPort parse(String authority, int defaultPort) {
    String host;
    String portText;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException(
            "'" + authority + "' opens an IPv6 '[' but never closes it");
      }
      host = authority.substring(1, close);
      String rest = authority.substring(close + 1);
      portText = rest.startsWith(":") ? rest.substring(1) : rest.isEmpty() ? null : rest;
    } else {
      int colon = authority.lastIndexOf(':');
      host = colon < 0 ? authority : authority.substring(0, colon);
      portText = colon < 0 ? null : authority.substring(colon + 1);
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("no host in '" + authority + "'");
    }
    return new HostPort(host, port(authority, portText, defaultPort));
  }

  static String format(String host, int port) {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  private static int port(String authority, String text, int defaultPort) {
    if (text == null || text.isEmpty()) {
      if (defaultPort < 0) {
        throw new IllegalArgumentException("no port in '" + authority + "': write host:port");
      }
      return defaultPort;
    }
    try {
      int port = Integer.parseInt(text);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException notNumber) {
      // Falls through to the one message for every bad port.
    }
    throw new IllegalArgumentException("port must be 1 to 65535, not '" + text + "'");
  }
}
