package io.hanport.codec.obis;

import java.util.Optional;

/**
 * One object of a telegram: its OBIS code, its value, and the time the value was captured when the
 * meter sends one (DSMR M-Bus readings {@code 0-1:24.2.1(TST)(value)}, Belgian monthly peaks).
 */
public record CosemObject(ObisCode code, CosemValue value, Optional<String> captureTime) {

  public static CosemObject of(ObisCode code, CosemValue value) {
    return new CosemObject(code, value, Optional.empty());
  }

  public static CosemObject captured(ObisCode code, CosemValue value, String captureTime) {
    return new CosemObject(code, value, Optional.of(captureTime));
  }
}
