package io.hanport.codec.reading;

import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
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
   * The last telegram's codes and their roles, by position. Meters send the same objects in the
   * same order every time and the decoders share one {@link ObisCode} per code, so a role is
   * usually found by one identity compare instead of a table lookup (issue 2's performance
   * target); any other code is looked up and remembered in its place.
   */
  private ObisCode[] lastCodes = new ObisCode[0];

  private ObjectRole[] lastRoles = new ObjectRole[0];

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
    MbusChannels mbus = null;
    List<CosemObject> objects = telegram.objects();
    for (int position = 0; position < objects.size(); position++) {
      CosemObject object = objects.get(position);
      ObjectRole role = roleAt(position, object.code());
      FieldTable.Row row = role.row();
      if (row != null && fields[row.field().ordinal()] == null) {
        fields[row.field().ordinal()] = convert(row, object.value());
      }
      if (role.addsToTotal()) {
        sums.add(role.register(), object.value());
      }
      if (role.isMbusPart()) {
        mbus = mbus == null ? new MbusChannels(this) : mbus;
        mbus.add(role.mbusPart(), object);
      }
    }
    sums.fillTotals(fields);
    if (fields[Field.METER_TIME.ordinal()] == null) {
      telegram.notificationTime().ifPresent(time -> fields[Field.METER_TIME.ordinal()] = time);
    }
    List<MbusDevice> devices = mbus == null ? List.of() : mbus.devices();
    return new Reading(new FieldValues(fields), devices, objects);
  }

  private ObjectRole roleAt(int position, ObisCode code) {
    if (position < lastCodes.length && lastCodes[position] == code) {
      return lastRoles[position];
    }
    return lookUpRole(position, code);
  }

  /** Apart from {@link #roleAt}, so that the rare lookup does not swell the hot loop's code. */
  private ObjectRole lookUpRole(int position, ObisCode code) {
    if (position >= lastCodes.length) {
      lastCodes = Arrays.copyOf(lastCodes, Math.max(2 * position, position + 1));
      lastRoles = Arrays.copyOf(lastRoles, lastCodes.length);
    }
    ObjectRole role = ObjectRole.of(code);
    lastCodes[position] = code;
    lastRoles[position] = role;
    return role;
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
}
