package io.hanport.app.mqtt;

import java.util.Locale;

/**
 * hanport's MQTT topic layout: {@code <prefix>/<meter>/state} carries each reading as the
 * contract's JSON, {@code <prefix>/<meter>/<field>} one field when asked, {@code
 * <prefix>/<meter>/raw} the frame in hex when asked, and {@code <prefix>/status} whether hanport
 * is online (retained, and the connection's Last Will).
 */
record Topics(String prefix, String discoveryPrefix) {

  static final String ONLINE = "online";
  static final String OFFLINE = "offline";

  String status() {
    return prefix + "/status";
  }

  String state(String meter) {
    return prefix + "/" + segment(meter) + "/state";
  }

  String field(String meter, String field) {
    return prefix + "/" + segment(meter) + "/" + field;
  }

  String raw(String meter) {
    return prefix + "/" + segment(meter) + "/raw";
  }

  /** {@code homeassistant/sensor/<node>/<object>/config}, HA's discovery topic for a sensor. */
  String discovery(String meter, String object) {
    return discoveryPrefix + "/sensor/" + nodeId(meter) + "/" + object + "/config";
  }

  /** HA allows only {@code [a-zA-Z0-9_-]} in discovery node and object ids. */
  static String nodeId(String meter) {
    return "hanport_" + meter.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
  }

  /** MQTT forbids wildcards in topic names, and a '/' would add a level. */
  private static String segment(String meter) {
    return meter.replaceAll("[/+#]", "_");
  }
}
