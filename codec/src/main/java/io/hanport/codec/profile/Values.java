package io.hanport.codec.profile;

import io.hanport.codec.dlms.CosemDateTime;
import io.hanport.codec.dlms.DlmsData;
import io.hanport.codec.obis.CosemValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns A-XDR values into {@link CosemValue}s: numbers scaled, strings readable. */
final class Values {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Values() {}

  /**
   * The value as the meter meant it, or empty for null-data and nested lists, which carry no single
   * value.
   */
  static Optional<CosemValue> convert(DlmsData data, Scale scale) {
    if (data instanceof DlmsData.Int) {
      return Optional.of(quantity(((DlmsData.Int) data).decimal(), scale));
    }
    if (data instanceof DlmsData.Octets) {
      return Optional.of(new CosemValue.Text(octets(((DlmsData.Octets) data).bytes())));
    }
    if (data instanceof DlmsData.Text) {
      return Optional.of(new CosemValue.Text(((DlmsData.Text) data).text()));
    }
    if (data instanceof DlmsData.Real) {
      DlmsData.Real real = (DlmsData.Real) data;
      String digits = realDigits(real);
      return Double.isFinite(real.value())
          ? Optional.of(quantity(new BigDecimal(digits), scale))
          : Optional.of(new CosemValue.Text(digits));
    }
    if (data instanceof DlmsData.Bool) {
      return Optional.of(new CosemValue.Text(Boolean.toString(((DlmsData.Bool) data).value())));
    }
    if (data instanceof DlmsData.Raw) {
      return Optional.of(new CosemValue.Text(hex(((DlmsData.Raw) data).bytes())));
    }
    return Optional.empty();
  }

  /**
   * A number whose scale and unit no one knows, kept as the text of its raw digits: a quantity
   * without a unit would be read in its object's DSMR unit (a bare 1.8.0 as kWh), a wrong mapping.
   */
  static CosemValue unscaled(DlmsData number) {
    if (number instanceof DlmsData.Int) {
      return new CosemValue.Text(((DlmsData.Int) number).decimal().toPlainString());
    }
    DlmsData.Real real = (DlmsData.Real) number;
    // NaN and infinities have no decimal form (a fuzzing find); they stay as Java writes them.
    return new CosemValue.Text(
        Double.isFinite(real.value())
            ? new BigDecimal(realDigits(real)).toPlainString()
            : realDigits(real));
  }

  /** The shortest decimal that reads back as the same float, not the binary expansion. */
  private static String realDigits(DlmsData.Real real) {
    return real.tag() == 0x17
        ? Float.toString((float) real.value())
        : Double.toString(real.value());
  }

  static boolean isNumber(DlmsData data) {
    return data instanceof DlmsData.Int || data instanceof DlmsData.Real;
  }

  static boolean isText(DlmsData data) {
    return data instanceof DlmsData.Octets || data instanceof DlmsData.Text;
  }

  /** The text of a string value, as {@link #convert} writes it. */
  static String text(DlmsData data) {
    return data instanceof DlmsData.Text
        ? ((DlmsData.Text) data).text()
        : octets(((DlmsData.Octets) data).bytes());
  }

  /** A 12-byte octet string holding a real COSEM date-time. */
  static boolean isDateTime(DlmsData data) {
    return data instanceof DlmsData.Octets
        && dateTime(((DlmsData.Octets) data).bytes()).isPresent();
  }

  private static CosemValue.Quantity quantity(BigDecimal raw, Scale scale) {
    return new CosemValue.Quantity(scale.apply(raw), scale.unit());
  }

  /** A date-time as ISO-8601, printable ASCII as text (ids: READING.md), anything else as hex. */
  private static String octets(byte[] bytes) {
    Optional<String> dateTime = dateTime(bytes);
    if (dateTime.isPresent()) {
      return dateTime.get();
    }
    for (byte b : bytes) {
      if (b < 0x20 || b > 0x7E) {
        return hex(bytes);
      }
    }
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  private static Optional<String> dateTime(byte[] bytes) {
    return bytes.length == CosemDateTime.LENGTH
        ? CosemDateTime.read(bytes, 0).toIso()
        : Optional.empty();
  }

  private static String hex(byte[] bytes) {
    char[] text = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      text[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      text[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(text);
  }
}
