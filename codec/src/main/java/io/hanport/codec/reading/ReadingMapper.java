package io.hanport.codec.reading;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Optional;

/**
 * Turns a decoded telegram into the contract's reading (READING.md), the same way for every wire
 * format: the {@link FieldTable} names the field of each OBIS code, {@link Quantity} converts the
 * unit, and a field the meter did not send stays absent.
 */
public final class ReadingMapper {

  private final ZoneId zone;

  /**
   * @param zone the zone whose standard and summer offsets DSMR's {@code W} and {@code S} mean
   */
  public ReadingMapper(ZoneId zone) {
    this.zone = zone;
  }

  public Reading map(Telegram telegram) {
    EnumMap<Field, Object> fields = new EnumMap<>(Field.class);
    fields.put(Field.PROTOCOL, telegram.protocol());
    fields.put(Field.ENCRYPTED, telegram.encrypted());
    if (!telegram.header().isEmpty()) {
      fields.put(Field.HEADER, telegram.header());
    }
    TariffSums sums = new TariffSums();
    MbusChannels mbus = new MbusChannels(zone);
    for (CosemObject object : telegram.objects()) {
      FieldTable.Row row = FieldTable.rowFor(object.code());
      if (row != null) {
        fields.computeIfAbsent(row.field(), field -> convert(row, object.value()).orElse(null));
      }
      sums.add(object);
      mbus.add(object);
    }
    sums.fillTotals(fields);
    if (!fields.containsKey(Field.METER_TIME)) {
      telegram.notificationTime().ifPresent(time -> fields.put(Field.METER_TIME, time));
    }
    return new Reading(fields, mbus.devices(), telegram.objects());
  }

  private Optional<Object> convert(FieldTable.Row row, CosemValue value) {
    if (value instanceof CosemValue.Quantity quantity) {
      return convertNumber(row, quantity);
    }
    String text = ((CosemValue.Text) value).text();
    switch (row.conversion()) {
      case TEXT:
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
      case HEX_TEXT:
        return text.isEmpty() ? Optional.empty() : Optional.of(HexText.decodeIfPrintable(text));
      case TIME:
        return Optional.ofNullable(isoTime(text, zone));
      case INTEGER:
        return parseInteger(text);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Object> convertNumber(FieldTable.Row row, CosemValue.Quantity quantity) {
    switch (row.conversion()) {
      case NUMBER:
        return row.quantity().convert(quantity.value(), quantity.unit()).map(Object.class::cast);
      case INTEGER:
        return Optional.of(quantity.value().longValue());
      case TEXT:
        return Optional.of(quantity.value().toPlainString());
      default:
        return Optional.empty();
    }
  }

  /** A DSMR timestamp converted to ISO-8601, or a DLMS clock that already is; null otherwise. */
  static String isoTime(String text, ZoneId zone) {
    if (text.indexOf('T') == 10) {
      return text;
    }
    return DsmrTime.toIso(text, zone).orElse(null);
  }

  private static Optional<Object> parseInteger(String text) {
    try {
      return Optional.of(Long.parseLong(text.trim()));
    } catch (NumberFormatException notAnInteger) {
      return Optional.empty();
    }
  }

  /**
   * {@code energy_import_kwh} is 1.8.0 where the meter sends it, else the sum of its tariff
   * registers 1.8.1–1.8.4 (DSMR meters send only those; Hungary adds .3 and .4: PROTOCOLS.md §5).
   */
  private static final class TariffSums {
    private BigDecimal imported;
    private BigDecimal exported;

    void add(CosemObject object) {
      ObisCode code = object.code();
      if (code.a() != 1 || code.b() > 1 || code.d() != 8 || code.e() < 1 || code.e() > 4) {
        return;
      }
      if (!(object.value() instanceof CosemValue.Quantity quantity)) {
        return;
      }
      Optional<BigDecimal> kwh = Quantity.ENERGY.convert(quantity.value(), quantity.unit());
      if (kwh.isPresent() && code.c() == 1) {
        imported = imported == null ? kwh.get() : imported.add(kwh.get());
      } else if (kwh.isPresent() && code.c() == 2) {
        exported = exported == null ? kwh.get() : exported.add(kwh.get());
      }
    }

    void fillTotals(EnumMap<Field, Object> fields) {
      if (imported != null) {
        fields.putIfAbsent(Field.ENERGY_IMPORT_KWH, imported);
      }
      if (exported != null) {
        fields.putIfAbsent(Field.ENERGY_EXPORT_KWH, exported);
      }
    }
  }
}
