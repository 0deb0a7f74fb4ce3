package io.hanport.codec.reading;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A reading's fields: one slot per {@link Field}, iterated in contract order, unmodifiable. An
 * array rather than an {@link java.util.EnumMap} because the mapper fills some thirty fields per
 * telegram and EnumMap type-checks every key (issue 2's performance target).
 */
final class FieldValues extends AbstractMap<Field, Object> {

  private static final Field[] FIELDS = Field.values();

  private final Object[] values;
  private final int size;

  /** Takes {@code values}, indexed by {@link Field#ordinal()}; null slots are absent fields. */
  FieldValues(Object[] values) {
    this.values = values;
    int present = 0;
    for (Object value : values) {
      present += value == null ? 0 : 1;
    }
    this.size = present;
  }

  /** A slot per field, for {@link #FieldValues(Object[])}. */
  static Object[] slots() {
    return new Object[FIELDS.length];
  }

  @Override
  public Object get(Object key) {
    return key instanceof Field field ? values[field.ordinal()] : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void forEach(BiConsumer<? super Field, ? super Object> action) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        action.accept(FIELDS[i], values[i]);
      }
    }
  }

  @Override
  public Set<Map.Entry<Field, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<Field, Object>> iterator() {
        return new Entries();
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The present fields in ordinal order, which is the contract's order. */
  private final class Entries implements Iterator<Map.Entry<Field, Object>> {
    private int next = nextPresent(0);

    @Override
    public boolean hasNext() {
      return next < values.length;
    }

    @Override
    public Map.Entry<Field, Object> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Map.Entry<Field, Object> entry = Map.entry(FIELDS[next], values[next]);
      next = nextPresent(next + 1);
      return entry;
    }

    private int nextPresent(int from) {
      int i = from;
      while (i < values.length && values[i] == null) {
        i++;
      }
      return i;
    }
  }
}
