package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.obis.ObisCode;
import java.util.Optional;

/**
 * One element of a positional list (Kaifa's KFM_001 lists, Iskra and L+G distributor lists): what
 * kind of value it must be, and the standard OBIS code and scale it stands for. A position without
 * a code is one whose meaning no document or capture settles.
 */
public record Position(Kind kind, Optional<ObisCode> code, Scale scale) {

  public enum Kind {
    NUMBER,
    TEXT,
    DATE_TIME;

    boolean matches(AxdrTree tree, int node) {
      switch (this) {
        case NUMBER:
          return Values.isNumber(tree, node);
        case TEXT:
          return Values.isText(tree, node);
        case DATE_TIME:
          return Values.isDateTime(tree, node);
        default:
          throw new IllegalStateException(name());
      }
    }
  }

  static Position number(String code, int scaler, String unit) {
    return new Position(Kind.NUMBER, Optional.of(ObisCode.parse(code)), Scale.of(scaler, unit));
  }

  static Position text(String code) {
    return new Position(Kind.TEXT, Optional.of(ObisCode.parse(code)), Scale.RAW);
  }

  static Position dateTime(String code) {
    return new Position(Kind.DATE_TIME, Optional.of(ObisCode.parse(code)), Scale.RAW);
  }

  static Position unknown(Kind kind) {
    return new Position(kind, Optional.empty(), Scale.RAW);
  }
}
