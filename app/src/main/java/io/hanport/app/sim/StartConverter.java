package io.hanport.app.sim;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --start}: an instant with an offset ({@code 2024-06-21T12:00:00+02:00}, {@code ...Z}) or a
 * local date-time, which means the profile's local time ({@code 2024-06-21T12:00} in Oslo for
 * no-kaifa), since meals and tariffs follow the meter's wall clock.
 */
final class StartConverter implements ITypeConverter<StartConverter.Start> {

  /** A start as given: fixed, or local to a zone not yet known while parsing. */
  record Start(String text) {
    Instant in(ZoneId zone) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException noOffset) {
        return LocalDateTime.parse(text).atZone(zone).toInstant();
      }
    }
  }

  @Override
  public Start convert(String value) {
    Start start = new Start(value);
    try {
      start.in(ZoneId.of("UTC"));
    } catch (DateTimeParseException invalid) {
      throw new TypeConversionException("'" + value + "' is not an ISO date-time such as"
          + " 2024-06-21T12:00:00Z or 2024-06-21T12:00");
    }
    return start;
  }
}
