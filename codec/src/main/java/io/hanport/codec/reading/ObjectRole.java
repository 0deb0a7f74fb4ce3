package io.hanport.codec.reading;

import io.hanport.codec.obis.ObisCode;

/**
 * What one OBIS code feeds in a reading: a field ({@link FieldTable}), a tariff register of a
 * total ({@link TariffSums}), a part of an M-Bus channel ({@link MbusChannels}); any of these or
 * none. Worked out once per code, so that the mapper reads it per object instead of testing every
 * code's value groups again (issue 2's performance target).
 *
 * @param row the field's row, or null
 * @param register the total this register adds to, or null
 * @param mbusPart the M-Bus channel part, or null
 */
record ObjectRole(FieldTable.Row row, TariffSums.Register register, MbusChannels.Part mbusPart) {

  private static final ObjectRole NONE = new ObjectRole(null, null, null);

  static ObjectRole of(ObisCode code) {
    FieldTable.Row row = FieldTable.rowFor(code);
    TariffSums.Register register = TariffSums.registerOf(code);
    MbusChannels.Part mbusPart = MbusChannels.partOf(code);
    if (row == null && register == null && mbusPart == null) {
      return NONE;
    }
    return new ObjectRole(row, register, mbusPart);
  }

  /**
   * Asked before {@link #register()}: a method typed with an enum the JIT has not loaded yet (no
   * tariff register seen so far) is not inlined, and this runs for every object.
   */
  boolean addsToTotal() {
    return register != null;
  }

  /** Asked before {@link #mbusPart()}, for the same reason as {@link #addsToTotal()}. */
  boolean isMbusPart() {
    return mbusPart != null;
  }
}
