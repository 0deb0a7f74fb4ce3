package io.hanport.codec.reading;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumMap;

/**
 * Turns a decoded telegram into the contract's reading (READING.md), the same way for every wire
 * format: the {@link FieldTable} names the field of each OBIS code, {@link Quantity} converts the
 * unit, and a field the meter did not send stays absent. Not thread-safe: one per decoder.
 */
public final class ReadingMapper {

  private final DsmrTime dsmrTime;

  /**
   * @param zone the zone whose standard and summer offsets DSMR's {@code W} and {@code S} mean
   */
  public ReadingMapper(ZoneId zone) {
    this.dsmrTime = new DsmrTime(zone);
  }

  public Reading map(Telegram telegram) {
    EnumMap<Field, Object> fields = new EnumMap<>(Field.class);
    fields.put(Field.PROTOCOL, telegram.protocol());
    fields.put(Field.ENCRYPTED, telegram.encrypted());
    if (!telegram.header().isEmpty()) {
      fields.put(Field.HEADER, telegram.header());
    }
    TariffSums sums = new TariffSums();
    MbusChannels mbus = new MbusChannels(this);
    for (CosemObject object : telegram.objects()) {
      FieldTable.Row row = FieldTable.rowFor(object.code());
      if (row != null && !fields.containsKey(row.field())) {
        Object value = convert(row, object.value());
        if (value != null) {
          fields.put(row.field(), value);
        }
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

  /** The field's value, or null where the object's value does not fit the field. */
  private Object convert(FieldTable.Row row, CosemValue value) {
    if (value instanceof CosemValue.Quantity quantity) {
      return convertNumber(row, quantity);
    }
    return convertText(row, ((CosemValue.Text) value).text());
  }

  private Object convertText(FieldTable.Row row, String text) {
    if (text.isEmpty()) {
      return null;
    }
    switch (row.conversion()) {
      case TEXT:
        return text;
      case HEX_TEXT:
        return HexText.decodeIfPrintable(text);
      case TIME:
        return isoTime(text);
      case INTEGER:
        return parseInteger(text);
      default:
        return null;
    }
  }

  private static Object convertNumber(FieldTable.Row row, CosemValue.Quantity quantity) {
    switch (row.conversion()) {
      case NUMBER:
        return row.quantity().convert(quantity);
      case INTEGER:
        return quantity.value().longValue();
      case TEXT:
        return quantity.value().toPlainString();
      default:
        return null;
    }
  }

  /** A DSMR timestamp converted to ISO-8601, or a DLMS clock that already is; null otherwise. */
  String isoTime(String text) {
    if (text.indexOf('T') == 10) {
      return text;
    }
    return dsmrTime.toIso(text);
  }

  private static Long parseInteger(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException notAnInteger) {
      return null;
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
      BigDecimal kwh = Quantity.ENERGY.convert(quantity);
      if (kwh != null && code.c() == 1) {
        imported = imported == null ? kwh : imported.add(kwh);
      } else if (kwh != null && code.c() == 2) {
        exported = exported == null ? kwh : exported.add(kwh);
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
