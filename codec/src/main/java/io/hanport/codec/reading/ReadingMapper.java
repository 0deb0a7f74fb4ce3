package io.hanport.codec.reading;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a decoded telegram into the contract's reading (READING.md), the same way for every wire
 * format: the {@link FieldTable} names the field of each OBIS code, {@link Quantity} converts the
 * unit, and a field the meter did not send stays absent. Not thread-safe: one per decoder.
 */
public final class ReadingMapper {

  private final DsmrTime dsmrTime;

  /**
   * The last telegram's codes and their rows, by position. Meters send the same objects in the
   * same order every time and the P1 decoder shares one {@link ObisCode} per code, so a row is
   * usually found by one identity compare instead of a table lookup (issue 2's performance
   * target); any other code is looked up and remembered in its place.
   */
  private ObisCode[] lastCodes = new ObisCode[0];

  private FieldTable.Row[] lastRows = new FieldTable.Row[0];

  /**
   * @param zone the zone whose standard and summer offsets DSMR's {@code W} and {@code S} mean
   */
  public ReadingMapper(ZoneId zone) {
    this.dsmrTime = new DsmrTime(zone);
  }

  public Reading map(Telegram telegram) {
    Object[] fields = FieldValues.slots();
    fields[Field.PROTOCOL.ordinal()] = telegram.protocol();
    fields[Field.ENCRYPTED.ordinal()] = telegram.encrypted();
    if (!telegram.header().isEmpty()) {
      fields[Field.HEADER.ordinal()] = telegram.header();
    }
    TariffSums sums = new TariffSums();
    MbusChannels mbus = new MbusChannels(this);
    List<CosemObject> objects = telegram.objects();
    for (int position = 0; position < objects.size(); position++) {
      CosemObject object = objects.get(position);
      FieldTable.Row row = rowFor(object.code(), position);
      if (row != null && fields[row.field().ordinal()] == null) {
        fields[row.field().ordinal()] = convert(row, object.value());
      }
      sums.add(object);
      mbus.add(object);
    }
    sums.fillTotals(fields);
    if (fields[Field.METER_TIME.ordinal()] == null) {
      telegram.notificationTime().ifPresent(time -> fields[Field.METER_TIME.ordinal()] = time);
    }
    return new Reading(new FieldValues(fields), mbus.devices(), telegram.objects());
  }

  private FieldTable.Row rowFor(ObisCode code, int position) {
    if (position < lastCodes.length && lastCodes[position] == code) {
      return lastRows[position];
    }
    if (position >= lastCodes.length) {
      lastCodes = Arrays.copyOf(lastCodes, Math.max(2 * position, position + 1));
      lastRows = Arrays.copyOf(lastRows, lastCodes.length);
    }
    FieldTable.Row row = FieldTable.rowFor(code);
    lastCodes[position] = code;
    lastRows[position] = row;
    return row;
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

    /** Fills the totals the meter did not send itself. */
    void fillTotals(Object[] fields) {
      if (fields[Field.ENERGY_IMPORT_KWH.ordinal()] == null) {
        fields[Field.ENERGY_IMPORT_KWH.ordinal()] = imported;
      }
      if (fields[Field.ENERGY_EXPORT_KWH.ordinal()] == null) {
        fields[Field.ENERGY_EXPORT_KWH.ordinal()] = exported;
      }
    }
  }
}
