package io.hanport.app.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hanport.app.pipeline.MeterReading;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The API's JSON: Jackson trees for our own shapes, the contract's writer for readings. */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException treesAlwaysSerialize) {
      throw new IllegalStateException(treesAlwaysSerialize);
    }
  }

  /**
   * A reading as the API and the stream serve it: the contract's JSON (READING.md) with the
   * meter's name first, then {@code received} and {@code source}.
   */
  static String reading(MeterReading reading) {
    return "{\"meter\":" + write(reading.meter()) + "," + reading.toJson().substring(1);
  }

  /** Energy to the watt-hour, as a plain decimal: {@code 1.234}, {@code 0}, {@code 12.5}. */
  static BigDecimal kwh(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
  }
}
