package io.hanport.app.cli;

import io.hanport.app.cli.TextTable.Align;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.MbusDevice;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.reading.ReadingMapper;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A reading as a block of text for a person: a title line, then Energy, Power, Per phase, M-Bus
 * devices and Other objects, each group only when the meter sent something for it. Every object of
 * the telegram appears once: in a group through its normalized field, or under Other objects.
 */
final class ReadingText {

  private record Row(String label, Field field, String unit) {}

  private record PhaseRow(String label, String unit, Field l1, Field l2, Field l3) {}

  private static final List<Row> ENERGY =
      List.of(
          new Row("import", Field.ENERGY_IMPORT_KWH, "kWh"),
          new Row("import tariff 1", Field.ENERGY_IMPORT_T1_KWH, "kWh"),
          new Row("import tariff 2", Field.ENERGY_IMPORT_T2_KWH, "kWh"),
          new Row("export", Field.ENERGY_EXPORT_KWH, "kWh"),
          new Row("export tariff 1", Field.ENERGY_EXPORT_T1_KWH, "kWh"),
          new Row("export tariff 2", Field.ENERGY_EXPORT_T2_KWH, "kWh"),
          new Row("reactive import", Field.REACTIVE_ENERGY_IMPORT_KVARH, "kvarh"),
          new Row("reactive export", Field.REACTIVE_ENERGY_EXPORT_KVARH, "kvarh"));

  private static final List<Row> POWER =
      List.of(
          new Row("import", Field.POWER_IMPORT_W, "W"),
          new Row("export", Field.POWER_EXPORT_W, "W"),
          new Row("reactive import", Field.REACTIVE_POWER_IMPORT_VAR, "var"),
          new Row("reactive export", Field.REACTIVE_POWER_EXPORT_VAR, "var"),
          new Row("average demand", Field.AVERAGE_DEMAND_KW, "kW"),
          new Row("month peak", Field.MONTH_PEAK_KW, "kW"));

  private static final List<PhaseRow> PHASES =
      List.of(
          new PhaseRow(
              "power import",
              "W",
              Field.POWER_IMPORT_L1_W,
              Field.POWER_IMPORT_L2_W,
              Field.POWER_IMPORT_L3_W),
          new PhaseRow(
              "power export",
              "W",
              Field.POWER_EXPORT_L1_W,
              Field.POWER_EXPORT_L2_W,
              Field.POWER_EXPORT_L3_W),
          new PhaseRow(
              "reactive import",
              "var",
              Field.REACTIVE_POWER_IMPORT_L1_VAR,
              Field.REACTIVE_POWER_IMPORT_L2_VAR,
              Field.REACTIVE_POWER_IMPORT_L3_VAR),
          new PhaseRow(
              "reactive export",
              "var",
              Field.REACTIVE_POWER_EXPORT_L1_VAR,
              Field.REACTIVE_POWER_EXPORT_L2_VAR,
              Field.REACTIVE_POWER_EXPORT_L3_VAR),
          new PhaseRow("voltage", "V", Field.VOLTAGE_L1_V, Field.VOLTAGE_L2_V, Field.VOLTAGE_L3_V),
          new PhaseRow("current", "A", Field.CURRENT_L1_A, Field.CURRENT_L2_A, Field.CURRENT_L3_A));

  private static final Align[] PHASE_COLUMNS = {
    Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT
  };

  /** The fields this block shows; an object feeding any other field goes to Other objects. */
  private static final Set<Field> SHOWN = shownFields();

  private final ReadingMapper mapper;

  ReadingText(ZoneId zone) {
    this.mapper = new ReadingMapper(zone);
  }

  String format(Reading reading) {
    StringBuilder text = new StringBuilder(1024);
    text.append(title(reading)).append('\n');
    group(text, "Energy", rows(reading, ENERGY));
    group(text, "Power", rows(reading, POWER));
    group(text, "Per phase", phases(reading));
    group(text, "M-Bus devices", mbus(reading));
    group(text, "Other objects", otherObjects(reading));
    return text.toString();
  }

  private static String title(Reading reading) {
    StringBuilder title = new StringBuilder(reading.protocol().toUpperCase(Locale.ROOT));
    reading.text(Field.HEADER).ifPresent(header -> title.append("  ").append(printable(header)));
    reading.text(Field.METER_ID).ifPresent(id -> title.append("  meter ").append(printable(id)));
    reading.text(Field.METER_TIME).ifPresent(time -> title.append("  at ").append(time));
    return title.append(reading.encrypted() ? "  encrypted" : "  not encrypted").toString();
  }

  private static void group(StringBuilder text, String name, TextTable table) {
    if (!table.isEmpty()) {
      text.append(name).append('\n');
      table.render(text, "  ");
    }
  }

  private static TextTable rows(Reading reading, List<Row> rows) {
    TextTable table = new TextTable(Align.LEFT, Align.RIGHT, Align.LEFT);
    for (Row row : rows) {
      reading
          .decimal(row.field())
          .ifPresent(value -> table.row(row.label(), value.toPlainString(), row.unit()));
    }
    return table;
  }

  private static TextTable phases(Reading reading) {
    List<PhaseRow> present = new ArrayList<>();
    for (PhaseRow row : PHASES) {
      if (reading.has(row.l1()) || reading.has(row.l2()) || reading.has(row.l3())) {
        present.add(row);
      }
    }
    TextTable table = new TextTable(PHASE_COLUMNS);
    if (present.isEmpty()) {
      return table;
    }
    table.row("", "L1", "L2", "L3", "");
    for (PhaseRow row : present) {
      table.row(
          row.label(),
          number(reading, row.l1()),
          number(reading, row.l2()),
          number(reading, row.l3()),
          row.unit());
    }
    return table;
  }

  private static TextTable mbus(Reading reading) {
    TextTable table =
        new TextTable(Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.LEFT, Align.LEFT);
    for (MbusDevice device : reading.mbus()) {
      table.row(
          "channel " + device.channel(),
          device.deviceType().map(type -> "type " + type).orElse(""),
          device.id().map(id -> "id " + printable(id)).orElse(""),
          device.value().map(BigDecimal::toPlainString).orElse(""),
          device.unit().orElse(""),
          device.time().map(time -> "at " + time).orElse(""));
    }
    return table;
  }

  private TextTable otherObjects(Reading reading) {
    TextTable table = new TextTable(Align.LEFT, Align.LEFT, Align.LEFT);
    for (CosemObject object : reading.objects()) {
      if (!isShown(object, reading)) {
        table.row(
            object.code().toString(),
            value(object.value()),
            object.captureTime().map(time -> "at " + time).orElse(""));
      }
    }
    return table;
  }

  /**
   * Whether a group above already shows this object. The codec's mapper is asked what the object
   * alone becomes, so that this block follows the codec's OBIS table instead of copying it.
   */
  private boolean isShown(CosemObject object, Reading reading) {
    Reading alone = mapper.map(Telegram.dsmr("", List.of(object)));
    if (!alone.mbus().isEmpty() && !reading.mbus().isEmpty()) {
      return true;
    }
    for (Field field : alone.fields().keySet()) {
      if (field != Field.PROTOCOL && field != Field.ENCRYPTED && SHOWN.contains(field)) {
        return true;
      }
    }
    return false;
  }

  private static String value(CosemValue value) {
    if (value instanceof CosemValue.Quantity quantity) {
      String number = quantity.value().toPlainString();
      return quantity.hasUnit() ? number + " " + quantity.unit() : number;
    }
    String text = ((CosemValue.Text) value).text();
    return text.isEmpty() ? "(empty)" : printable(text);
  }

  private static String number(Reading reading, Field field) {
    return reading.decimal(field).map(BigDecimal::toPlainString).orElse("-");
  }

  /** Meters pad text with control bytes and 0xFF (PROTOCOLS.md); show them, don't send them. */
  static String printable(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < 0x20 || (ch >= 0x7F && ch < 0xA0)) {
        shown.append(String.format("\\x%02X", (int) ch));
      } else {
        shown.append(ch);
      }
    }
    return shown.toString();
  }

  private static Set<Field> shownFields() {
    Set<Field> shown = EnumSet.of(Field.HEADER, Field.METER_ID, Field.METER_TIME);
    ENERGY.forEach(row -> shown.add(row.field()));
    POWER.forEach(row -> shown.add(row.field()));
    for (PhaseRow row : PHASES) {
      shown.addAll(List.of(row.l1(), row.l2(), row.l3()));
    }
    return shown;
  }
}
