package io.hanport.app.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --db} value: {@code sqlite:PATH} or {@code postgresql://user:pass@host:port/name}
 * (optionally {@code ?schema=NAME}; other query parameters pass through to the JDBC driver).
 */
sealed interface StoreUri permits StoreUri.Sqlite, StoreUri.Postgresql {

  String DEFAULT = "sqlite:./data/hanport.db";

  /** The database as the user may see it: never with the password. */
  String display();

  record Sqlite(Path path) implements StoreUri {
    @Override
    public String display() {
      return "sqlite:" + path;
    }
  }

  record Postgresql(
      String host,
      int port,
      String database,
      String user,
      String password,
      Optional<String> schema,
      Map<String, String> parameters)
      implements StoreUri {

    static final int DEFAULT_PORT = 5432;

    @Override
    public String display() {
      return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    String jdbcUrl() {
      StringBuilder url = new StringBuilder("jdbc:postgresql://");
      url.append(host).append(':').append(port).append('/').append(database);
      char separator = '?';
      for (Map.Entry<String, String> parameter : parameters.entrySet()) {
        url.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
        separator = '&';
      }
      return url.toString();
    }
  }

  static StoreUri parse(String text) {
    if (text.startsWith("sqlite:") && text.length() > "sqlite:".length()) {
      return new Sqlite(Path.of(text.substring("sqlite:".length())));
    }
    if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
      return postgresql(text);
    }
    throw new StoreException(
        "unknown --db '"
            + text
            + "': use sqlite:PATH or postgresql://user:password@host:5432/database");
  }

  private static Postgresql postgresql(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException bad) {
      throw new StoreException("cannot read --db " + hidePassword(text) + ": " + bad.getReason());
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (uri.getHost() == null || path.length() < 2) {
      throw new StoreException(
          "--db "
              + hidePassword(text)
              + " needs a host and a database: postgresql://user:password@host:5432/database");
    }
    String[] userInfo =
        uri.getRawUserInfo() == null ? new String[0] : uri.getRawUserInfo().split(":", 2);
    String user = userInfo.length > 0 ? decode(userInfo[0]) : System.getProperty("user.name");
    String password = userInfo.length > 1 ? decode(userInfo[1]) : "";
    Map<String, String> parameters = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] keyValue = pair.split("=", 2);
        parameters.put(decode(keyValue[0]), keyValue.length > 1 ? keyValue[1] : "");
      }
    }
    Optional<String> schema =
        Optional.ofNullable(parameters.remove("schema")).map(StoreUri::decode);
    int port = uri.getPort() == -1 ? Postgresql.DEFAULT_PORT : uri.getPort();
    return new Postgresql(
        uri.getHost(), port, decode(path.substring(1)), user, password, schema, parameters);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String hidePassword(String text) {
    return text.replaceFirst("://([^:/@]*):[^@]*@", "://$1:***@");
  }
}
