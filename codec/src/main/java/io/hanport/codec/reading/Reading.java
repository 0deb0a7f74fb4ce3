package io.hanport.codec.reading;

import io.hanport.codec.obis.CosemObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One decoded telegram or frame, normalized: hanport's one data contract (READING.md).
 *
 * <p>A field the meter did not send is absent, never zero. {@link #objects()} keeps every object
 * of the telegram as the meter meant it, for the contract's {@code obis} map.
 */
public final class Reading {

  private final Map<Field, Object> fields;
  private final List<MbusDevice> mbus;
  private final List<CosemObject> objects;

  Reading(FieldValues fields, List<MbusDevice> mbus, List<CosemObject> objects) {
    this.fields = fields;
    this.mbus = List.copyOf(mbus);
    this.objects = objects;
  }

  /** The normalized fields present, in contract order. */
  public Map<Field, Object> fields() {
    return fields;
  }

  public boolean has(Field field) {
    return fields.containsKey(field);
  }

  /** A {@link Field.Kind#NUMBER} field. */
  public Optional<BigDecimal> decimal(Field field) {
    return Optional.ofNullable((BigDecimal) fields.get(checkKind(field, Field.Kind.NUMBER)));
  }

  /** A {@link Field.Kind#TEXT} field. */
  public Optional<String> text(Field field) {
    return Optional.ofNullable((String) fields.get(checkKind(field, Field.Kind.TEXT)));
  }

  /** An {@link Field.Kind#INTEGER} field. */
  public Optional<Long> integer(Field field) {
    return Optional.ofNullable((Long) fields.get(checkKind(field, Field.Kind.INTEGER)));
  }

  public boolean encrypted() {
    return Boolean.TRUE.equals(fields.get(Field.ENCRYPTED));
  }

  public String protocol() {
    return (String) fields.get(Field.PROTOCOL);
  }

  public List<MbusDevice> mbus() {
    return mbus;
  }

  /** Every object of the telegram, in wire order. */
  public List<CosemObject> objects() {
    return objects;
  }

  /** The contract's JSON, on one line. */
  public String toJson() {
    return ReadingJson.write(this);
  }

  @Override
  public String toString() {
    return toJson();
  }

  private static Field checkKind(Field field, Field.Kind kind) {
    if (field.kind() != kind) {
      throw new IllegalArgumentException(field + " is " + field.kind() + ", not " + kind);
    }
    return field;
  }
}
