package io.hanport.app.mqtt;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how to publish: {@code --mqtt mqtt://user:pass@host:1883} (or {@code mqtts://} with
 * TLS) and its companion options.
 *
 * @param queueCapacity readings kept while the broker is away; the default is one hour of a
 *     Dutch meter's one-second telegrams
 * @param minInterval publish a topic at most this often (zero: every reading), for slow links
 * @param trustedCa for {@code mqtts://}: a PEM file of the CA that signed the broker's certificate
 *     (a home broker's own CA); empty trusts the JVM's usual authorities
 */
public record MqttSettings(
    String host,
    int port,
    boolean tls,
    Optional<String> username,
    Optional<String> password,
    String prefix,
    String discoveryPrefix,
    boolean fieldTopics,
    boolean rawTopic,
    int queueCapacity,
    Duration minInterval,
    Optional<Path> trustedCa) {

  public static final int DEFAULT_QUEUE_CAPACITY = 3600;

  /**
   * Parses {@code mqtt://[user[:pass]@]host[:port]} or {@code mqtts://…}.
   *
   * @throws IllegalArgumentException with a message naming the fix
   */
  public static MqttSettings parse(String uri) {
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(usage(uri));
    }
    String scheme = parsed.getScheme();
    if (parsed.getHost() == null || !("mqtt".equals(scheme) || "mqtts".equals(scheme))) {
      throw new IllegalArgumentException(usage(uri));
    }
    boolean tls = "mqtts".equals(scheme);
    int port = parsed.getPort() > 0 ? parsed.getPort() : tls ? 8883 : 1883;
    Optional<String> username = Optional.empty();
    Optional<String> password = Optional.empty();
    if (parsed.getRawUserInfo() != null) {
      String[] parts = parsed.getRawUserInfo().split(":", 2);
      username = Optional.of(decode(parts[0]));
      password = parts.length > 1 ? Optional.of(decode(parts[1])) : Optional.empty();
    }
    return new MqttSettings(
        parsed.getHost(), port, tls, username, password, "hanport", "homeassistant", false, false,
        DEFAULT_QUEUE_CAPACITY, Duration.ZERO, Optional.empty());
  }

  public MqttSettings withPrefix(String newPrefix) {
    return new MqttSettings(host, port, tls, username, password, newPrefix, discoveryPrefix,
        fieldTopics, rawTopic, queueCapacity, minInterval, trustedCa);
  }

  /** Home Assistant's discovery prefix, when its MQTT integration was set to another. */
  public MqttSettings withDiscoveryPrefix(String newPrefix) {
    return new MqttSettings(host, port, tls, username, password, prefix, newPrefix,
        fieldTopics, rawTopic, queueCapacity, minInterval, trustedCa);
  }

  public MqttSettings withFieldTopics(boolean enabled) {
    return new MqttSettings(host, port, tls, username, password, prefix, discoveryPrefix,
        enabled, rawTopic, queueCapacity, minInterval, trustedCa);
  }

  public MqttSettings withRawTopic(boolean enabled) {
    return new MqttSettings(host, port, tls, username, password, prefix, discoveryPrefix,
        fieldTopics, enabled, queueCapacity, minInterval, trustedCa);
  }

  public MqttSettings withQueueCapacity(int capacity) {
    return new MqttSettings(host, port, tls, username, password, prefix, discoveryPrefix,
        fieldTopics, rawTopic, capacity, minInterval, trustedCa);
  }

  public MqttSettings withMinInterval(Duration interval) {
    return new MqttSettings(host, port, tls, username, password, prefix, discoveryPrefix,
        fieldTopics, rawTopic, queueCapacity, interval, trustedCa);
  }

  public MqttSettings withTrustedCa(Path caFile) {
    return new MqttSettings(host, port, tls, username, password, prefix, discoveryPrefix,
        fieldTopics, rawTopic, queueCapacity, minInterval, Optional.of(caFile));
  }

  /** The broker's address without credentials, for logs and status. */
  public String address() {
    return (tls ? "mqtts://" : "mqtt://") + host + ":" + port;
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return address() + username.map(user -> " as " + user).orElse("");
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  private static String usage(String uri) {
    return "'" + uri.replaceAll("//[^@/]*@", "//***@")
        + "' is not an MQTT broker address. Write mqtt://host:1883, mqtt://user:pass@host:1883"
        + " or mqtts://host:8883 for TLS.";
  }
}
