package io.hanport.codec.reading;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a reading as the contract's JSON (READING.md) on one line. The codec is JDK only, and the
 * shape is small and fixed, so a hand-written writer beats pulling in a JSON library.
 */
final class ReadingJson {

  private ReadingJson() {}

  static String write(Reading reading) {
    StringBuilder json = new StringBuilder(1024).append('{');
    for (Map.Entry<Field, Object> field : reading.fields().entrySet()) {
      name(json, field.getKey().jsonName());
      value(json, field.getValue());
      json.append(',');
    }
    if (!reading.mbus().isEmpty()) {
      name(json, "mbus");
      json.append('[');
      for (MbusDevice device : reading.mbus()) {
        mbusDevice(json, device);
        json.append(',');
      }
      json.setCharAt(json.length() - 1, ']');
      json.append(',');
    }
    name(json, "obis");
    obisMap(json, reading);
    return json.append('}').toString();
  }

  private static void mbusDevice(StringBuilder json, MbusDevice device) {
    json.append("{\"channel\":").append(device.channel());
    optional(json, "device_type", device.deviceType());
    optional(json, "id", device.id());
    optional(json, "value", device.value());
    optional(json, "unit", device.unit());
    optional(json, "time", device.time());
    json.append('}');
  }

  /** Each OBIS code once; a telegram that repeats a code (Elgama 0-0:17.0.0) keeps the first. */
  private static void obisMap(StringBuilder json, Reading reading) {
    json.append('{');
    Set<String> written = new HashSet<>();
    for (CosemObject object : reading.objects()) {
      String code = object.code().toString();
      if (!written.add(code)) {
        continue;
      }
      name(json, code);
      json.append('{');
      name(json, "value");
      if (object.value() instanceof CosemValue.Quantity quantity) {
        value(json, quantity.value());
        if (quantity.hasUnit()) {
          json.append(',');
          name(json, "unit");
          string(json, quantity.unit());
        }
      } else {
        string(json, ((CosemValue.Text) object.value()).text());
      }
      optional(json, "time", object.captureTime());
      json.append("},");
    }
    if (written.isEmpty()) {
      json.append('}');
    } else {
      json.setCharAt(json.length() - 1, '}');
    }
  }

  private static void optional(StringBuilder json, String name, Optional<?> value) {
    if (value.isPresent()) {
      json.append(',');
      name(json, name);
      value(json, value.get());
    }
  }

  private static void name(StringBuilder json, String name) {
    string(json, name);
    json.append(':');
  }

  private static void value(StringBuilder json, Object value) {
    if (value instanceof BigDecimal decimal) {
      json.append(decimal.toPlainString());
    } else if (value instanceof Number || value instanceof Boolean) {
      json.append(value);
    } else {
      string(json, value.toString());
    }
  }

  /** RFC 8259 string escaping; meters send control bytes and 0xFF padding in text objects. */
  static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"' || ch == '\\') {
        json.append('\\').append(ch);
      } else if (ch < 0x20 || ch == 0x7F) {
        json.append(String.format("\\u%04x", (int) ch));
      } else {
        json.append(ch);
      }
    }
    json.append('"');
  }
}
