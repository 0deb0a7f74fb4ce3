package io.hanport.codec.p1;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.Telegram;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a decoded telegram in the golden files' shape: the header, whether the CRC was verified,
 * and every object with its code, its value exactly as decoded (a number as the decimal string, so
 * that the scale is compared too), its unit and capture time.
 */
final class TelegramJson {

  private TelegramJson() {}

  static String write(Telegram telegram, boolean checksumVerified) {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"header\": ").append(string(telegram.header())).append(",\n");
    json.append("  \"checksumVerified\": ").append(checksumVerified).append(",\n");
    json.append("  \"objects\": [\n");
    List<String> objects = new ArrayList<>();
    for (CosemObject object : telegram.objects()) {
      objects.add("    {" + object(object) + "}");
    }
    json.append(String.join(",\n", objects)).append("\n  ]\n}\n");
    return json.toString();
  }

  private static String object(CosemObject object) {
    StringBuilder json = new StringBuilder("\"code\": ").append(string(object.code().toString()));
    if (object.value() instanceof CosemValue.Quantity quantity) {
      json.append(", \"value\": ").append(string(quantity.value().toPlainString()));
      json.append(", \"unit\": ").append(string(quantity.unit()));
    } else {
      json.append(", \"text\": ").append(string(((CosemValue.Text) object.value()).text()));
    }
    object.captureTime().ifPresent(time -> json.append(", \"time\": ").append(string(time)));
    return json.toString();
  }

  private static String string(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        json.append('\\').append(ch);
      } else if (ch < 0x20 || ch > 0x7E) {
        json.append(String.format("\\u%04x", (int) ch));
      } else {
        json.append(ch);
      }
    }
    return json.append('"').toString();
  }
}
